# expect: accept
# why: module data (math.inf) kept in the program's objects is no namespace; key= functions
#   are compared, not returned: min/sorted results are the program's own nodes
import math


class Node:
    def __init__(self, name):
        self.name = name
        self.dist = math.inf
        self.visited = False


nodes = [Node("a"), Node("b")]
nodes[0].dist = 0
current = min(nodes, key=lambda n: n.dist)
current.visited = True
for n in sorted(nodes, key=lambda n: n.dist):
    n.visited = True
print(current.name)
