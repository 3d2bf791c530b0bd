# expect: reject module_attribute
# line: 20
# verified: reaches its goal under plain python3 (3.11) (the '{' style walks the record's msg to its module globals and prints the sys module)
# why: a class deriving from logging.Formatter takes it as its one base: with a mixin first, the mixin's super().__init__ is Formatter's, in a body the checker does not know as a formatter's

import logging
import sys


class Payload:
    def __init__(self):
        pass


class Mixin:
    def __init__(self):
        super().__init__("{msg.__init__.__globals__[sys]}", style="{")


class K(Mixin, logging.Formatter):
    pass


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(K())
log = logging.getLogger("x")
log.addHandler(handler)
log.warning(Payload())
