# expect: reject class
# line: 9
# why: round 92: abc.abstractclassmethod under another name by a from-import
from abc import abstractclassmethod as cm
import logging


def factory():
    @cm
    def make(cls):
        return cls("{msg.__globals__[os].environ}", style="{")
    return make


class Fmt(logging.Formatter):
    make = factory()


h = logging.StreamHandler()
h.setFormatter(Fmt.make())
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
