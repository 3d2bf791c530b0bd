# expect: reject module_attribute
# line: 17
# verified: reaches its goal under plain python3 (3.11) (the '{' style walks the record's msg to its module globals and prints the sys module)
# why: in a class deriving from logging.Formatter, super().__init__ is Formatter's and is judged as Formatter(...) is: style '{' walks attributes in its fields

import logging
import sys


class Payload:
    def __init__(self):
        pass


class K(logging.Formatter):
    def __init__(self):
        super().__init__("{msg.__init__.__globals__[sys]}", style="{")


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(K())
log = logging.getLogger("x")
log.addHandler(handler)
log.warning(Payload())
