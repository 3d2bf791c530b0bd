# Estimate pi by Monte Carlo with a seeded Random instance.
import math
import random

rng = random.Random(99)


def estimate(n):
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n


for n in (100, 1000, 10000, 100000):
    est = estimate(n)
    print(f"n={n:>6}: pi ~ {est:.5f}  error {abs(est - math.pi):.5f}")

# Buffon's needle, a second estimate.
drops, crosses = 50000, 0
for _ in range(drops):
    center = rng.uniform(0, 0.5)
    angle = rng.uniform(0, math.pi / 2)
    if center <= 0.5 * math.sin(angle):
        crosses += 1
print(f"Buffon: pi ~ {drops / crosses:.4f}")
