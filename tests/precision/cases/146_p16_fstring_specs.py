# Text: f-strings with format specs, nested specs, debugging =
import math
name, age, pi = "Ada", 36, math.pi
width = 10
print(f"{name!r:>{width}} is {age:03d} years")
print(f"{pi:.3f} {pi:10.4e} {pi:<10.2f}| {1e6:,.0f} {0.1234:.1%}")
print(f"{age=} {pi=:.2f} {name.upper()=}")
print(f"{'left':<8}|{'center':^8}|{'right':>8}")
for i in range(1, 4):
    print(f"{i:>2} squared is {i**2:>3} and cubed {i**3:<4}|")
data = {"a": 1, "b": 22}
print(f"{data['a']} {data['b']:x} {len(data)}")
print(f"{255:#010b} {255:#o} {-42:+} {42: }")
items = ["x", "y", "z"]
print(f"items: {', '.join(items)} ({len(items)} total)")
print(f"{3.0:g} {0.00001234:g} {1234567890:_}")
nested = f"{f'{name}'*2}"
print(nested)
print(f"{{literal braces}} {age // 10}")
import datetime
d = datetime.date(2024, 3, 9)
print(f"{d:%Y/%m/%d} {d:%A %d %B}")
