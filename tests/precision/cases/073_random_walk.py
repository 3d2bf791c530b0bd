# Random walks in one and two dimensions.
import random
from collections import Counter

random.seed(2023)


def walk_1d(steps):
    pos = 0
    path = [0]
    for _ in range(steps):
        pos += random.choice((-1, 1))
        path.append(pos)
    return path


def walk_2d(steps):
    x = y = 0
    visited = {(0, 0)}
    for _ in range(steps):
        dx, dy = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x, y = x + dx, y + dy
        visited.add((x, y))
    return (x, y), len(visited)


path = walk_1d(40)
print(path)
lo, hi = min(path), max(path)
for level in range(hi, lo - 1, -1):
    print(f"{level:3} " + "".join("*" if p == level else " " for p in path))

finals = Counter(walk_1d(10)[-1] for _ in range(2000))
for pos in sorted(finals):
    print(f"{pos:4}: {'#' * (finals[pos] // 20)}")

end, distinct = walk_2d(500)
print("2D end:", end, "distinct cells:", distinct)
returns = sum(1 for _ in range(300) if 0 in walk_1d(20)[1:])
print("returned to origin within 20 steps:", returns, "of 300")
