# expect: reject class
# line: 8
# why: round 92, found fixing the red team's: a @classmethod made inside a function and bound in a formatter class's body (make = factory()) handed the class to a cls no rule judged
import logging


def factory():
    @classmethod
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
