# Simulation with seeded random: random walk, dice, Monte Carlo pi
import random
from collections import Counter

rng = random.Random(12345)
pos = 0
maxpos = 0
for step in range(1000):
    pos += rng.choice((-1, 1))
    maxpos = max(maxpos, pos)
print("final pos", pos, "max", maxpos)

dice = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    print(f"{total:2d} {'#' * (dice[total] // 20)}")

inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", round(4 * inside / 20000, 3))

random.seed(7)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.sample(range(100), 5), round(random.uniform(1, 2), 4))
print(random.choices("abc", weights=[5, 1, 1], k=10))
print(round(random.gauss(0, 1), 6))
