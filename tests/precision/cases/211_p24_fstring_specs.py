from datetime import date
from decimal import Decimal

name = "Ada"
pi = 3.14159265
big = 12345678.9
d = date(2024, 12, 25)
width = 12

print(f"{name!r:>8}|{name:*^9}|{name.upper():<6}|")
print(f"{pi:.3f} {pi:10.2e} {pi:+.1f} {-pi: .2f}")
print(f"{big:,} {big:_.2f} {int(big):,d}")
print(f"{0.256:.1%} {42:08.3f} {7:#06b} {255:#X}")
print(f"{d:%A %d %B %Y} {d!s}")
print(f"{'nested':{'>'}{width}}|")
print(f"{Decimal('1.005'):.2f} {Decimal('2.675') * 2}")
print(f"{pi=:.2f} {width=}")
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melon", 1, 3.0)]
for n, q, p in rows:
    print(f"{n:<8}{q:>4}{p:>8.2f}{q * p:>8.2f}")
print(f"{'total':<8}{sum(q for _, q, _ in rows):>4}{'':>8}{sum(q * p for _, q, p in rows):>8.2f}")
