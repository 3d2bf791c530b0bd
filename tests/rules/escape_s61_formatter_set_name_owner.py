# expect: reject module_attribute
# line: 12
# why: round 91 (second red team): a descriptor's __set_name__ receives its owner, here
#   a formatter class, which it calls with style="{"
import logging

made = []


class Grab:
    def __set_name__(self, owner, name):
        made.append(owner("{msg.__globals__[os].environ}", style="{"))


class Fmt(logging.Formatter):
    g = Grab()


h = logging.StreamHandler()
h.setFormatter(made[0])
log = logging.getLogger("demo")
log.addHandler(h)
log.error(logging.getLogger)
