# expect: reject class
# line: 7
# why: round 92, found fixing the red team's: __init_subclass__ under a for loop in a formatter class's body received each subclass unjudged
import logging
class Fmt(logging.Formatter):
    for k in [1]:
        def __init_subclass__(cls, **kw):
            cls.made = cls("{msg.__globals__[os].environ}", style="{")
class F2(Fmt):
    pass
h = logging.StreamHandler()
h.setFormatter(F2.made)
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
