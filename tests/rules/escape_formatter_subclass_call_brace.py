# expect: reject module_attribute
# line: 20
# verified: reaches its goal under plain python3 (3.11) (the '{' style walks the record's msg to its module globals and prints the sys module)
# why: a call of a class deriving from logging.Formatter is judged as Formatter(...) is

import logging
import sys


class Payload:
    def __init__(self):
        pass


class K(logging.Formatter):
    pass


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(K("{msg.__init__.__globals__[sys]}", style="{"))
log = logging.getLogger("x")
log.addHandler(handler)
log.warning(Payload())
