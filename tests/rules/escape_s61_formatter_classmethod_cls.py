# expect: reject module_attribute
# line: 11
# why: round 91 (second red team): cls of a formatter class's classmethod is the class
#   itself, called with style="{" that its name alone may not be given
import logging


class Fmt(logging.Formatter):
    @classmethod
    def make(cls, style):
        return cls("{msg.__globals__[os].environ}", style=style)


h = logging.StreamHandler()
h.setFormatter(Fmt.make("{"))
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
