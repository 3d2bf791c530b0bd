# expect: accept
# why: other._stock: private attributes of another instance
class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, name, qty=1):
        self._stock[name] = self._stock.get(name, 0) + qty
        return self

    def remove(self, name, qty=1):
        have = self._stock.get(name, 0)
        if qty > have:
            raise KeyError(f"only {have} {name}")
        self._stock[name] = have - qty
        if not self._stock[name]:
            del self._stock[name]

    def merge(self, other):
        for name, qty in other._stock.items():
            self.add(name, qty)
        return self

    def __contains__(self, name):
        return name in self._stock

    def __len__(self):
        return sum(self._stock.values())

    def __iter__(self):
        return iter(sorted(self._stock.items()))

    def __add__(self, other):
        return Inventory().merge(self).merge(other)


a = Inventory().add("apple", 3).add("pear")
b = Inventory().add("apple", 2)
c = a + b
c.remove("pear")
print(list(c), len(c), "pear" in c, "apple" in c)
