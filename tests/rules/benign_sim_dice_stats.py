# expect: accept
import random
from collections import Counter
from itertools import product

random.seed(9)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(3600))
exact = Counter(a + b for a, b in product(range(1, 7), repeat=2))
for total in range(2, 13):
    print(f"{total:2} {rolls[total]:4} {exact[total] * 100:4}")
