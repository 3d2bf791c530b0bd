# expect: accept
# why: round 29c's look-alikes: unpackings of map(int, ...), divmod, sorted, most_common, items and partition, as indices and into lists; comparisons of a class with type(x) and itself: linked targets hold only the program's values, and comparing classes by the interpreter's own == hands them to no code
import sys
from collections import Counter


def parse(line):
    a, b = map(int, line.split())
    return a, b


grid = [[0] * 4 for _ in range(4)]
for line in ["1 2", "3 0", "1 2"]:
    x, y = parse(line)
    grid[x][y] += 1
r, c = map(int, "2 3".split())
grid[r][c] += 5
q, rem = divmod(17, 5)
first, *rest = sorted([3, 1, 2])
rest.append(first)
counts = Counter("abracadabra")
for ch, n in counts.most_common(2):
    grid[0][0] += n
pairs = {}
for k, v in {"a": [1], "b": [2]}.items():
    pairs.setdefault(k, []).extend(v)
name, _, value = "key=value".partition("=")
words = sys.stdin.read().split() if False else ["x"]
head, *tail = words
print(grid, q, rem, rest, pairs, name, value, head, tail)


class Vec:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other) == Vec and self.x == other.x


print(Vec(1) == Vec(1), type(Vec(2)) is Vec, Vec == Vec)
