# expect: accept
# why: dataclasses as decorators, fields, asdict, replace, ordering, frozen
from dataclasses import dataclass, field, asdict, replace, fields
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
      [f.name for f in fields(Item)])
