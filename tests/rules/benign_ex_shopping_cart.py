# expect: accept
from decimal import Decimal


class Cart:
    TAX = Decimal("0.08")

    def __init__(self):
        self.lines = {}

    def add(self, sku, price, qty=1):
        unit, count = self.lines.get(sku, (Decimal(price), 0))
        self.lines[sku] = (unit, count + qty)

    def subtotal(self):
        return sum((unit * count for unit, count in self.lines.values()), Decimal("0"))

    def total(self, coupon=None):
        sub = self.subtotal()
        if coupon == "TENOFF" and sub >= 50:
            sub -= 10
        return (sub * (1 + self.TAX)).quantize(Decimal("0.01"))


cart = Cart()
cart.add("pen", "1.50", 4)
cart.add("book", "24.99", 2)
print(cart.subtotal(), cart.total(), cart.total("TENOFF"))
