import random
from collections import Counter

random.seed(2024)

def roll(n=2, sides=6):
    return sum(random.randint(1, sides) for _ in range(n))

counts = Counter(roll() for _ in range(10000))
for total in range(2, 13):
    bar = "#" * (counts[total] // 50)
    print(f"{total:>2} {counts[total]:>5} {bar}")

def random_walk(steps):
    x = y = 0
    for _ in range(steps):
        dx, dy = random.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x += dx
        y += dy
    return x, y

print("walk:", random_walk(1000))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print("hand:", sorted(deck[:5]))
print("sample:", random.sample(range(100), 5))
print("gauss:", round(random.gauss(0, 1), 6), "uniform:", round(random.uniform(1, 2), 6))
rng = random.Random(7)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=10))
