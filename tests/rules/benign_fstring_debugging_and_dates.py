# expect: accept
from datetime import datetime, timedelta

start = datetime(2024, 3, 1, 9, 30)
items = {"apples": 3, "kiwis": 12}
width = max(map(len, items))
for name, qty in items.items():
    print(f"{name:<{width}} | {qty:>3} | {'*' * qty}")
end = start + timedelta(hours=2, minutes=15)
print(f"{start:%H:%M} -> {end:%H:%M} ({(end - start).seconds // 60} min)")
total = sum(items.values())
print(f"{total=}, {total / len(items)=:.1f}, {items!r}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
