# expect: reject store
# line: 21
# verified: tenth static red team (round 10a), ok_07 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family V (library views written through: collections.ChainMap is taken as a new value, a module whose results are 'objects whose attributes are their arguments', but ChainMap(d)[k] = v writes into d itself; item stores on the view are stores on a new value for the store rule); the dict is logging.Logger.manager.loggerDict (read through a library class attribute)
# Goal reached: write into the standard library's logger registry: logging.getLogger('victim') returns the program's object
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   program object answered getLogger: ('hello',)

import collections
import logging

registry = collections.ChainMap(logging.Logger.manager.loggerDict)


class Fake:
    def info(self, *a):
        print("program object answered getLogger:", a)


registry["victim"] = Fake()
logging.getLogger("victim").info("hello")
