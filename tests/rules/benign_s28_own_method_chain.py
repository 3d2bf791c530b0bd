# expect: accept
# why: session 28 (honest25 p33): Order(...).add(x).add(y) on a new instance of the program's class whose add is only a def: the call is that def, never a library method of the name, so its value is what add returns (self), not any part of its arguments
from __future__ import annotations
from dataclasses import dataclass, field, asdict, replace, astuple
from decimal import Decimal
@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    def __mul__(self, k: int) -> Money:
        return Money(self.amount * k, self.currency)
@dataclass(order=True)
class Product:
    sku: str
@dataclass
class Order:
    lines: list[tuple[Product, int]] = field(default_factory=list)
    note: str = ""
    def add(self, product: Product, qty: int = 1) -> Order:
        self.lines.append((product, qty))
        return self
catalog = [
    Product("B-200", "Bolt pack", Money(Decimal("4.99")), ["hardware"], 40),
]
order = Order(note="rush").add(catalog[0], 10).add(catalog[3])
