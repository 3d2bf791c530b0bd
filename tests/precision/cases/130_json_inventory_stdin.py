# Read a JSON document from standard input, validate it, and summarise.
import json
import sys
from typing import List, TypedDict


class Item(TypedDict):
    name: str
    qty: int
    price: float


def load(text) -> List[Item]:
    data = json.loads(text)
    items = []
    for raw in data["items"]:
        if not isinstance(raw.get("qty"), int) or raw["qty"] < 0:
            print(f"skipping {raw.get('name', '?')}: bad qty", file=sys.stderr)
            continue
        items.append(Item(name=raw["name"], qty=raw["qty"], price=float(raw["price"])))
    return items


raw = sys.stdin.read()
try:
    items = load(raw)
except (json.JSONDecodeError, KeyError) as e:
    print("invalid input:", e, file=sys.stderr)
    sys.exit(1)

items.sort(key=lambda i: i["qty"] * i["price"], reverse=True)
for it in items:
    print(f"{it['name']:<10} {it['qty']:>4} x {it['price']:>7.2f} = {it['qty'] * it['price']:>9.2f}")
summary = {
    "count": len(items),
    "units": sum(i["qty"] for i in items),
    "value": round(sum(i["qty"] * i["price"] for i in items), 2),
    "out_of_stock": sorted(i["name"] for i in items if i["qty"] == 0),
}
print(json.dumps(summary, indent=2))
