# expect: accept
# why: round 29e's look-alikes: the aliasing lesson grid = [[0] * 3] * 3 bound to one name, repetitions of literals, a name-free float('inf'), tuples of literals, the grouper idiom's [iter(xs)] * n, dict.fromkeys with a literal
grid = [[0] * 3] * 3
grid[0][0] = 1
print("aliased:", grid)
fixed = [[0] * 3 for _ in range(3)]
fixed[0][0] = 1
dist = [float("inf")] * 4
seen = [False] * 4
names = ["-"] * 3
pairs = [(0, 0)] * 2
args = [iter(range(6))] * 2
print(fixed, dist, seen, names, pairs, list(zip(*args)), dict.fromkeys("ab", 0))
