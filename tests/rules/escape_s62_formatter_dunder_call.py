# expect: reject dunder
# line: 12
# why: round 92 (red team): Fmt.__call__(template, style="{") builds a Formatter subclass as Fmt(...) does, but no rule that judges calling the class saw it; __call__ is now definable, never read
import logging


class Fmt(logging.Formatter):
    pass


h = logging.StreamHandler()
h.setFormatter(Fmt.__call__("{msg.__globals__[os].environ}", style="{"))
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
