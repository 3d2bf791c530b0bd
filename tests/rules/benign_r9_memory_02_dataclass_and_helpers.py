# expect: accept
# why: honest look-alikes of the comparison purity rule: a dataclass with
#   field(default_factory=list) built inside __lt__, __radd__ = __add__, a
#   functools.lru_cache helper called by name from __lt__, an exception class of the
#   program raised from __eq__, a key function handed to sorted, and __len__ as the
#   truth of a container class (caught as Exception: a builtin or program class
#   named in an except clause counts as rebound, and is then not called in a comparison)
import dataclasses
import functools


class Incomparable(TypeError):
    pass


@functools.lru_cache(maxsize=None)
def weight(name):
    return len(name) * 1000 + ord(name[0])


@dataclasses.dataclass
class Tags:
    names: list = dataclasses.field(default_factory=list)


class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    def __eq__(self, other):
        if not isinstance(other, Item):
            raise Incomparable("an Item compares with an Item")
        return (self.name, self.qty) == (other.name, other.qty)

    def __lt__(self, other):
        empty = Tags()
        return (weight(self.name), self.qty, len(empty.names)) < (weight(other.name), other.qty, 0)

    def __add__(self, other):
        return Item(self.name, self.qty + (other if isinstance(other, int) else other.qty))

    __radd__ = __add__

    def __hash__(self):
        return hash((self.name, self.qty))


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


items = [Item("b", 2), Item("a", 5), Item("a", 1)]
print([(i.name, i.qty) for i in sorted(items)], (1 + items[0]).qty)
print(sorted(items, key=lambda i: i.qty)[0].name, Item("a", 1) in items, bool(Bag(items)))
try:
    print(items[0] == 3)
except Exception as e:
    print("refused:", e)
