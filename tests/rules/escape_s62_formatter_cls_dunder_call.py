# expect: reject dunder
# line: 13
# why: round 92 (red team): cls.__call__ in a formatter's classmethod, the same door through the class handed over
import logging

F = "{msg.__globals__[os].environ}"
S = "{"


class Fmt(logging.Formatter):
    @classmethod
    def make(cls):
        return cls.__call__(F, style=S)


h = logging.StreamHandler()
h.setFormatter(Fmt.make())
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
