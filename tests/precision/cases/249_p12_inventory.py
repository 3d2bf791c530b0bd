class Item:
    __slots__ = ("name", "price", "qty")

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"Item(name={self.name!r}, price={self.price:.2f}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, name, price, qty=1):
        if name in self._items:
            self._items[name].qty += qty
        else:
            self._items[name] = Item(name, price, qty)
        return self

    def remove(self, name, qty=1):
        item = self._items[name]
        if item.qty < qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self._items[name]

    def __len__(self):
        return len(self._items)

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))

    def __getitem__(self, name):
        return self._items[name]

    @property
    def total_value(self):
        return sum(i.price * i.qty for i in self._items.values())


inv = Inventory().add("apple", 0.5, 10).add("pear", 0.75, 4).add("apple", 0.5, 5)
inv.remove("pear", 4)
print(len(inv), "pear" in inv, inv["apple"])
for it in inv:
    print(it)
print(f"{inv.total_value:,.2f}")
try:
    inv.remove("apple", 100)
except ValueError as e:
    print(e)
try:
    inv["banana"]
except KeyError as e:
    print("missing", e)
