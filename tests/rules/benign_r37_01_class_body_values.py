# expect: accept
# why: look-alike of round 37: class-body values made by calls over literals or module names (re.compile, getLogger(__name__)), __hash__ = None, __slots__, __radd__ = __add__, a decorated cached_property, dataclass fields with default_factory=list, all mutated where honest code does
import dataclasses
import functools
import logging
import re


class Inventory:
    pattern = re.compile(r"\d+")
    log = logging.getLogger(__name__)
    __hash__ = None
    __slots__ = ("items", "__dict__")

    def __init__(self, items):
        self.items = items

    @functools.cached_property
    def names(self):
        return sorted(i["name"] for i in self.items)

    def __add__(self, other):
        return Inventory(self.items + other.items)

    __radd__ = __add__

    def counts(self, text):
        return [int(x) for x in self.pattern.findall(text)]


@dataclasses.dataclass
class Order:
    lines: list = dataclasses.field(default_factory=list)


inv = Inventory([{"name": "pear"}, {"name": "apple"}])
inv.names.append("zeta")
both = inv + Inventory([{"name": "fig"}])
order = Order()
order.lines.append(("pear", 2))
found = inv.counts("3 pears, 12 apples")
found.append(0)
print(inv.names, len(both.items), order, found)
