# expect: accept
# why: issue 13 (library classes are no first-class values): a library class as a dataclass field's default_factory, a defaultdict of library classes, a TypeVar bound and typing.cast's type, stay accepted (each only calls it)

import collections
import dataclasses
import typing
from collections import Counter, defaultdict

M = typing.TypeVar("M", bound=collections.abc.Mapping)


def largest(m: M) -> M:
    return typing.cast(collections.Counter, m)


@dataclasses.dataclass
class Inventory:
    stock: Counter = dataclasses.field(default_factory=Counter)
    shelves: dict = dataclasses.field(default_factory=dict)


inv = Inventory()
by_shelf = defaultdict(collections.Counter)
print(inv.stock["apple"], by_shelf["top"]["pear"], len(inv.shelves), largest(Counter("aa")))
