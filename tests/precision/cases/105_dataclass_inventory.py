# Inventory management with dataclasses: default_factory, asdict, replace.
from dataclasses import asdict, dataclass, field, replace
from typing import List


@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def value(self):
        return self.price * self.qty


@dataclass
class Warehouse:
    name: str
    products: List[Product] = field(default_factory=list)
    log: List[str] = field(default_factory=list, repr=False)

    def add(self, product):
        self.products.append(product)
        self.log.append(f"add {product.sku}")

    def restock(self, sku, amount):
        for p in self.products:
            if p.sku == sku:
                p.qty += amount
                self.log.append(f"restock {sku} +{amount}")
                return
        raise KeyError(sku)

    def total_value(self):
        return sum(p.value for p in self.products)


w = Warehouse("central")
w.add(Product("A1", "bolt", 0.25, 400, ["hardware"]))
w.add(Product("B7", "hammer", 12.5, 10, ["tools", "hardware"]))
w.add(Product("C3", "glue", 3.2))
w.restock("C3", 25)
try:
    w.restock("Z9", 1)
except KeyError as e:
    print("unknown sku", e)
print(w)
print(f"total value: {w.total_value():.2f}")
print(asdict(w.products[1]))
cheaper = replace(w.products[1], price=9.99)
print(cheaper, cheaper == w.products[1])
print(w.log)
other = Warehouse("spare")
print(other.products is not w.products, other)
