# expect: accept
# why: family D look-alike: a @dataclass and a mixin sharing it read fields with
#   getattr by literal names, and by a loop over literal field names; no computed
#   name can reach __dataclass_fields__.
from dataclasses import dataclass


class Summary:
    def summary(self):
        parts = []
        for name in ("name", "qty", "price"):
            parts.append(name + "=" + str(getattr(self, name)))
        return ", ".join(parts)


@dataclass
class Item:
    name: str
    qty: int = 1
    price: float = 0.0


class Line(Summary, Item):
    def total(self):
        return getattr(self, "qty") * getattr(self, "price")


ln = Line("pen", 3, 1.5)
print(ln.summary(), ln.total())
