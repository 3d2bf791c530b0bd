# expect: reject format
# line: 19
# verified: reaches its goal under plain python3 3.11 (prints os.environ through UserString.format)
# why: a decorator of the program records the class it is given (and returns it):
#   `class E(seen[0], UserString)` derives from C through a subscript base.
import logging
from collections import UserString

seen = []


def grab(c):
    seen.append(c)
    return c


class C:
    def show(self, arg):
        return super().format(arg)


@grab
class D(C):
    pass


class E(seen[0], UserString):
    pass


def probe():
    pass


tpl = "{0.__glo" + "bals__[logging].os.environ}"
print(E(tpl).show(probe))
