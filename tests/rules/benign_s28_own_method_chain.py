# expect: accept
# why: session 28 (honest25 p33): Order(...).add(x).add(y) on a new instance of the program's class whose add is only a def: the call is that def, never a library method of the name, so its value is what add returns (self), not any part of its arguments
from __future__ import annotations
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: str = "EUR"

    def __mul__(self, k: int) -> Money:
        return Money(self.amount * k, self.currency)


@dataclass(order=True)
class Product:
    sku: str
    price: Money = field(compare=False)


@dataclass
class Order:
    lines: list[tuple[Product, int]] = field(default_factory=list)
    note: str = ""

    def add(self, product: Product, qty: int = 1) -> Order:
        self.lines.append((product, qty))
        return self


catalog = [Product("B-200", Money(Decimal("4.99"))), Product("A-100", Money(Decimal("12.00")))]
order = Order(note="rush").add(catalog[0], 10).add(catalog[1])
print(len(order.lines), order.note, catalog[0].price * 2)
