# expect: accept
import random

random.seed(1)


def shared_birthday(n, trials=2000):
    hits = 0
    for _ in range(trials):
        days = [random.randrange(365) for _ in range(n)]
        hits += len(set(days)) < n
    return hits / trials


def exact(n):
    p = 1.0
    for k in range(n):
        p *= (365 - k) / 365
    return 1 - p


for n in (10, 23, 40):
    print(n, round(shared_birthday(n), 2), round(exact(n), 3))
