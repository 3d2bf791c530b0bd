# expect: accept
# why: session 28 (honest25 p33): a dataclass builder whose add returns self (order = Basket(...).add(a).add(b)): the chain's value is the instance, bound to a holder used only through attributes; annotated class attributes, field(default_factory=list) and a keyword named like the holder (dataclass(order=True)) hand no instance to the library, so add's parameters take nothing the program handed library code
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, order=True)
class Price:
    amount: Decimal
    currency: str = "EUR"

    def __mul__(self, k: int) -> Price:
        return Price(self.amount * k, self.currency)

    def __add__(self, other: Price) -> Price:
        return Price(self.amount + other.amount, self.currency)


@dataclass(order=True)
class Item:
    sku: str
    price: Price = field(compare=False)
    stock: int = field(default=0, compare=False)


@dataclass
class Basket:
    lines: list[tuple[Item, int]] = field(default_factory=list)
    note: str = ""

    def add(self, item: Item, qty: int = 1) -> Basket:
        self.lines.append((item, qty))
        return self

    def discard(self, sku: str) -> Basket:
        self.lines = [(i, q) for i, q in self.lines if i.sku != sku]
        return self

    @property
    def total(self) -> Price:
        total = Price(Decimal("0"))
        for item, qty in self.lines:
            total = total + item.price * qty
        return total


stock = [Item("A-1", Price(Decimal("2.50")), 10), Item("B-2", Price(Decimal("9.99")), 1)]
order = Basket(note="gift").add(stock[0], 3).add(stock[1]).discard("C-3")
order.add(stock[1], 2)
print(order.total, len(order.lines), order.note)
print(sorted(stock)[0].sku)
