# expect: reject module_attribute
# line: 9
# why: round 92: abc.abstractclassmethod called as a value in a class body (a lambda's cls the class) is decorator-only now, as classmethod is
import abc
import logging


class Fmt(logging.Formatter):
    make = abc.abstractclassmethod(lambda cls: cls("{msg.__globals__[os].environ}", style="{"))


h = logging.StreamHandler()
h.setFormatter(Fmt.make())
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
