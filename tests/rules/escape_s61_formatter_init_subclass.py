# expect: reject module_attribute
# line: 13
# why: round 91 (second red team): __init_subclass__ of a formatter class receives the
#   subclass, a formatter class too, and calls it with style="{"
import logging

made = []


class Fmt(logging.Formatter):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        made.append(cls("{msg.__globals__[os].environ}", style="{"))


class Fmt2(Fmt):
    pass


h = logging.StreamHandler()
h.setFormatter(made[0])
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
