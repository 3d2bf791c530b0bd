# expect: reject store
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir (logging's logger registry written)
# why: eleventh red team (11a), family B: logging.Logger imported as Protocol
# Mechanism: Class-base walk, INERT_BASES by name: 'from logging import Logger as Protocol'; class K(Protocol) is taken as a typing Protocol, so K('x') is not library-made and K('x').manager.loggerDict (logging's shared Manager registry) is the program's own attribute; the item store writes logging's logger registry.
# Goal reached: write into a standard-library namespace: logging.Logger.manager.loggerDict['victim'] = program object; logging.getLogger('victim') then answers the program's object
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   pwned: fake logger got ('hello',)

import logging
from logging import Logger as Protocol


class K(Protocol):
    pass


class Fake:
    def info(self, *a):
        print("pwned: fake logger got", a)


K("x").manager.loggerDict["victim"] = Fake()
logging.getLogger("victim").info("hello")
