# expect: accept
# why: a class of the program with __getitem__/__iter__ over lines read from standard
#   input, and other objects updated through items and loops: what protocol methods
#   return through calls is not laid on every read of the program
import sys


class Grid:
    def __init__(self, lines):
        self.rows = [list(line.rstrip("\n")) for line in lines]

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __iter__(self):
        return iter(self.rows)


class Node:
    def __init__(self, name):
        self.name = name
        self.seen = False


grid = Grid(sys.stdin.readlines())
nodes = [Node(i) for i in range(3)]
nodes[0].seen = True
for n in nodes:
    n.seen = not n.seen
print([n.seen for n in nodes], sum(1 for _ in grid))
