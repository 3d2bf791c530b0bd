# expect: reject module_attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) (the '{' style walks the record's msg to its module globals and prints the sys module)
# why: a class deriving from logging.Formatter is called directly (judged as Formatter(...)) or a base; bound to another name its call is out of the checker's sight

import logging
import sys


class Payload:
    def __init__(self):
        pass


class K(logging.Formatter):
    pass


make = K
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(make("{msg.__init__.__globals__[sys]}", style="{"))
log = logging.getLogger("x")
log.addHandler(handler)
log.warning(Payload())
