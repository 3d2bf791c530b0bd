# expect: accept
import math

values = [3, 8, 15, 24, 35]
roots = [(v, r) for v in values if (r := math.isqrt(v + 1)) ** 2 == v + 1]
print(roots)
data = iter(["a", "bb", "", "ccc"])
while (chunk := next(data, None)) is not None:
    if not chunk:
        continue
    print(chunk.upper())
print([y for x in range(6) if (y := x * x) % 2])
