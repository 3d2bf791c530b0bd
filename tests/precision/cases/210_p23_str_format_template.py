TEMPLATE = """Dear {customer.name},

Your order #{order_id:06d} placed on {date} has shipped.
{items}
Subtotal: {subtotal:>10,.2f}
Tax ({rate:.1%}): {tax:>10,.2f}
Total:    {total:>10,.2f}
"""

LINE = "  - {qty:>3} x {name:<20} {price:>8.2f}"

class Customer:
    def __init__(self, name, email):
        self.name = name
        self.email = email

items = [("Notebook", 3, 4.5), ("Fountain pen", 1, 42.0), ("Ink, blue", 2, 7.25)]
lines = [LINE.format(qty=q, name=n, price=p * q) for n, q, p in items]
subtotal = sum(q * p for _, q, p in items)
rate = 0.0825
ctx = dict(
    customer=Customer("Dana Scully", "dana@example.com"),
    order_id=4521,
    date="2024-03-09",
    items="\n".join(lines),
    subtotal=subtotal,
    rate=rate,
    tax=subtotal * rate,
    total=subtotal * (1 + rate),
)
print(TEMPLATE.format(**ctx))
print("{0}-{1}-{0}".format("x", "y"), "{:^11}|".format("mid"), "{!r}".format("q"))
print(format(1234567.891, ",.1f"), format(255, "#x"), format(5, "08b"), format(0.5, "e"))
print("%s has %d items (%.1f%%)" % ("cart", 3, 37.5))
