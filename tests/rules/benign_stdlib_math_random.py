# expect: accept
# why: math and random, random.Random instances
import math
import random

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(10)]
deck = list(range(52))
random.shuffle(deck)
print(rolls, deck[:5], random.choice("abc"), round(random.random(), 3))
print(random.sample(range(100), 3), random.uniform(1, 2) < 2)
print(math.sqrt(2), math.gcd(12, 18), math.isqrt(99), math.comb(5, 2), math.factorial(6))
print(math.hypot(3, 4), math.floor(-1.5), math.ceil(1.2), math.inf > 10**100, math.isclose(0.1 + 0.2, 0.3))
rng = random.Random(7)
print(rng.randrange(10), rng.gauss(0, 1) is not None)
