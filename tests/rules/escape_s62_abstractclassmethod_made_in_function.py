# expect: reject class
# line: 9
# why: round 92, found fixing the red team's: abc.abstractclassmethod is a classmethod, made in a function the same way
import abc
import logging


def factory():
    @abc.abstractclassmethod
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
