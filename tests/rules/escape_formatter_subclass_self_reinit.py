# expect: reject dunder
# line: 17
# verified: reaches its goal under plain python3 (3.11) (the '{' style walks the record's msg to its module globals and prints the sys module)
# why: a formatter class's method re-initialising self with self.__init__ bypasses the judgement of super().__init__: the class is not closed, so self.__init__ stays refused

import logging
import sys


class Payload:
    def __init__(self):
        pass


class K(logging.Formatter):
    def brace(self):
        self.__init__("{msg.__init__.__globals__[sys]}", style="{")
        return self


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(K("%(message)s").brace())
log = logging.getLogger("x")
log.addHandler(handler)
log.warning(Payload())
