# expect: reject class
# line: 9
# why: round 92 (red team): a @classmethod under an if in a formatter class's body: its cls was not taken for the class handed over, and cls(template, style="{") was never judged as Formatter(...)
import logging


class Fmt(logging.Formatter):
    if True:
        @classmethod
        def make(cls):
            return cls("{msg.__globals__[os].environ}", style="{")


h = logging.StreamHandler()
h.setFormatter(Fmt.make())
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
