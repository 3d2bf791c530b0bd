# expect: accept
# why: typing.NamedTuple as the record type in place of dataclasses (names are checked identifiers)
from typing import NamedTuple


class Item(NamedTuple):
    name: str
    price: float
    qty: int = 1

    def total(self):
        return self.price * self.qty


basket = [Item("tea", 3.5, 2), Item("bun", 1.25), Item("jam", 2.0, 3)]
for item in sorted(basket, key=lambda i: i.total(), reverse=True):
    print(f"{item.name:<5}{item.total():>6.2f}")
print(basket[0]._replace(qty=5), basket[1]._asdict())
