# expect: accept
# why: ordinary itertools.pairwise: consumed where it is called (a for loop, a comprehension,
#   list/tuple/sorted of it), over lists, ranges, strings and generators of the program's own
import itertools
from itertools import pairwise


def readings():
    for value in (3, 5, 4, 8, 13):
        yield value


temps = [20.5, 21.0, 19.5, 22.0]
for before, after in pairwise(temps):
    print(f"{before} -> {after}: {after - before:+.1f}")

rises = [b - a for a, b in pairwise(readings())]
print(rises)
print(list(pairwise("abcd")))
print(tuple(itertools.pairwise(range(4))))
print(sorted(pairwise([5, 1, 4]), key=lambda p: p[1] - p[0]))
print({a: b for a, b in itertools.pairwise(["x", "y", "z"])})
print(all(a <= b for a, b in pairwise(sorted(temps))))
print(list(zip(temps, temps[1:])))


def pairwise_sum(values):
    total = 0
    for a, b in pairwise(values):
        total += a * b
    return total


print(pairwise_sum([1, 2, 3, 4]))
