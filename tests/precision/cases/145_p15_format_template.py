# Text: str.format with a template held in a variable, format specs
TEMPLATE = "{name:<12}|{qty:>5d}|{price:>9.2f}|{total:>10,.2f}"
HEADER = "{:<12}|{:>5}|{:>9}|{:>10}"
items = [("widget", 3, 4.5), ("gizmo", 12, 19.99), ("thingamajig", 1, 1234.5)]
print(HEADER.format("item", "qty", "price", "total"))
print("-" * 39)
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(TEMPLATE.format(name=name, qty=qty, price=price, total=total))
print("=" * 39)
print("{0:>38,.2f}".format(grand))
row = {"name": "misc", "qty": 7, "price": 0.5, "total": 3.5}
print(TEMPLATE.format(**row))
print("{0} {1} {0}".format("a", "b"), "{:^9}".format("mid"), "{:08.3f}".format(3.14159))
print("{:b} {:o} {:x} {:X} {:#x}".format(10, 10, 255, 255, 255))
print("{:.1%} {:e} {:+d}".format(0.256, 12345.678, 5))
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
greeting = "Hello, {user}! You have {n} new message{s}."
for n in (1, 3):
    print(greeting.format(user="sam", n=n, s="" if n == 1 else "s"))
print(format(1234567.891, ",.1f"), format(42, "*^10"), format(7, "03"))
fmt = "{:{w}.{p}f}"
print(fmt.format(2.718281828, w=10, p=3))
