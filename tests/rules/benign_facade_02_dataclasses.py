# expect: accept
# why: dataclasses as decorators, field() in a class body, asdict, replace, ordering,
# frozen (fields() is not offered: list(asdict(x)) gives the field names)
from dataclasses import dataclass, field, asdict, replace
import dataclasses
@dataclass(order=True, frozen=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
@dataclasses.dataclass
class Box:
    items: list
b = Box([Item("a", 2), Item("b", 1)])
print(sorted(b.items)[0], asdict(b)["items"][1]["name"], replace(b.items[0], qty=5).qty,
      list(asdict(Item("c"))))
