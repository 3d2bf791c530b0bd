# expect: accept
# why: f-strings with format specs, conversions and nested fields
import math
from datetime import date

name = "Ada"
value = math.pi
width = 12
when = date(2024, 2, 29)
print(f"{name:>{width}}|{value:.3f}|{value:{width}.{2}e}|")
print(f"{name!r} {name!s:^9} {42:#x} {1234567:,} {0.256:.1%}")
print(f"{when:%Y-%m-%d} {when.year=} {value = :.2f}")
print(f"{'nested ' + f'{name.upper()}'}")
print(f"{{literal braces}} {[n * 2 for n in range(3)]}")
