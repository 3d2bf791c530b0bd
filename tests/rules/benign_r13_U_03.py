# expect: accept
# why: issue 13 (library classes are no first-class values): a library class as a dataclass field's default_factory, and a defaultdict of library classes, stay accepted (each only calls it)

import collections
import dataclasses
from collections import Counter, defaultdict


@dataclasses.dataclass
class Inventory:
    stock: Counter = dataclasses.field(default_factory=Counter)
    shelves: dict = dataclasses.field(default_factory=dict)


inv = Inventory()
by_shelf = defaultdict(collections.Counter)
by_shelf["top"]["pear"] += 1
print(inv.stock["apple"], by_shelf["top"]["pear"], len(inv.shelves))
