# expect: accept
# why: accepted since dataclasses and functools.wraps are offered as decorators (rules/facades.txt). Was: honest code, refused by policy: dataclasses compiles annotation keys as source (rules/imports.txt)
"""A longer program, close to the 5000-character limit of the service."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional


@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def value(self) -> float:
        return round(self.price * self.qty, 2)


@dataclass
class Movement:
    sku: str
    delta: int
    day: date
    note: str = ""


class Warehouse:
    def __init__(self, name: str) -> None:
        self.name = name
        self._products: Dict[str, Product] = {}
        self._moves: List[Movement] = []

    def add_product(self, product: Product) -> None:
        if product.sku in self._products:
            raise ValueError(f"duplicate sku {product.sku}")
        self._products[product.sku] = product

    def receive(self, sku: str, qty: int, day: date) -> None:
        self._product(sku).qty += qty
        self._moves.append(Movement(sku, qty, day, "receive"))

    def ship(self, sku: str, qty: int, day: date) -> bool:
        product = self._product(sku)
        if product.qty < qty:
            self._moves.append(Movement(sku, 0, day, f"short by {qty - product.qty}"))
            return False
        product.qty -= qty
        self._moves.append(Movement(sku, -qty, day, "ship"))
        return True

    def _product(self, sku: str) -> Product:
        try:
            return self._products[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def find(self, tag: Optional[str] = None) -> List[Product]:
        items = self._products.values()
        return sorted((p for p in items if tag is None or tag in p.tags), key=lambda p: p.sku)

    def report(self) -> str:
        lines = [f"{self.name} inventory"]
        for p in self.find():
            lines.append(f"  {p.sku:<6} {p.name:<12} {p.qty:>4} x {p.price:>7.2f} = {p.value():>9.2f}")
        total = sum(p.value() for p in self._products.values())
        lines.append(f"  {'total':<6} {'':<12} {'':>4}   {'':>7}   {total:>9.2f}")
        return "\n".join(lines)

    def history(self, sku: str) -> List[str]:
        return [f"{m.day.isoformat()} {m.delta:+d} {m.note}" for m in self._moves if m.sku == sku]

    def to_json(self) -> str:
        return json.dumps({p.sku: {"name": p.name, "qty": p.qty} for p in self.find()}, sort_keys=True)


def main() -> None:
    w = Warehouse("central")
    w.add_product(Product("A1", "bolts", 0.25, tags=["hardware"]))
    w.add_product(Product("B2", "hammer", 12.5, tags=["tools", "hardware"]))
    w.add_product(Product("C3", "gloves", 4.75, tags=["safety"]))
    today = date(2024, 5, 1)
    w.receive("A1", 400, today)
    w.receive("B2", 10, today)
    w.ship("A1", 150, today)
    ok = w.ship("C3", 1, today)
    print(w.report())
    print("shipped gloves:", ok)
    print([p.name for p in w.find("hardware")])
    print(w.history("A1"), w.history("C3"))
    print(w.to_json())
    try:
        w.add_product(Product("A1", "dup", 1.0))
    except ValueError as exc:
        print("error:", exc)


if __name__ == "__main__":
    main()
