# expect: reject module_attribute
# line: 16
# verified: reaches its goal under plain python3 (3.11) (the '{' style walks the record's msg to its module globals and prints the sys module)
# why: a class statement deriving from logging.Formatter must be the name's one binding: bound again, the name is any class

import logging
import sys


class Payload:
    def __init__(self):
        pass


K = None
class K(logging.Formatter):
    def __init__(self):
        super().__init__("{msg.__init__.__globals__[sys]}", style="{")


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(K())
log = logging.getLogger("x")
log.addHandler(handler)
log.warning(Payload())
