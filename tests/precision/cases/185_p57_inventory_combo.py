# Small app: inventory with dataclass + enum + json + sorting + report
import json
from dataclasses import dataclass, asdict, field
from enum import Enum
from typing import Dict, List

class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"

@dataclass
class Item:
    sku: str
    name: str
    category: Category
    qty: int = 0
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    @property
    def value(self):
        return self.qty * self.price

class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= qty
    def report(self):
        by_cat = {}
        for it in self.items.values():
            by_cat.setdefault(it.category, []).append(it)
        for cat in Category:
            its = sorted(by_cat.get(cat, []), key=lambda i: -i.value)
            print(f"{cat.value.upper():<5} {sum(i.value for i in its):>8.2f}", [i.name for i in its])
    def to_json(self):
        return json.dumps([{**asdict(i), "category": i.category.value} for i in self.items.values()], sort_keys=True)

inv = Inventory()
inv.add(Item("H1", "hammer", Category.TOOL, 5, 12.5, ["steel"]))
inv.add(Item("A1", "apple", Category.FOOD, 100, 0.3))
inv.add(Item("B1", "ball", Category.TOY, 8, 3.0))
inv.add(Item("H1", "hammer", Category.TOOL, 2))
inv.remove("A1", 40)
try:
    inv.remove("B1", 50)
except ValueError as e:
    print("error:", e)
inv.report()
data = json.loads(inv.to_json())
print(len(data), data[0])
