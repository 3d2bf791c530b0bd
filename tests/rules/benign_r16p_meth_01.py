# expect: accept
# why: honest16 p12: fluent chaining on a fresh instance of the program's class,
#   optional arguments by position (round 16's method rule: `K(...).f(...)` and a
#   name bound to such a chain are the program's own instance).
class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, name, qty=1):
        self._items[name] = self._items.get(name, 0) + qty
        return self

    def remove(self, name, qty=1):
        self._items[name] -= qty
        if self._items[name] <= 0:
            del self._items[name]

    def total(self):
        return sum(self._items.values())


inv = Inventory().add("apple", 10).add("pear", 4).add("apple", 5)
inv.remove("pear", 4)
print(inv.total(), Inventory().add("fig", 2).total())
