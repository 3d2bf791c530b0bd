# expect: accept
# why: Dijkstra over the program's node objects with heapq and math.inf: the heap
#   holds (distance, index, node) tuples; nodes popped from it are updated
import heapq
import math


class Node:
    def __init__(self, name):
        self.name = name
        self.dist = math.inf
        self.edges = []
        self.done = False


a, b, c = Node("a"), Node("b"), Node("c")
a.edges = [(b, 4), (c, 1)]
c.edges = [(b, 2)]
a.dist = 0
heap = [(0, 0, a)]
count = 1
while heap:
    d, _, node = heapq.heappop(heap)
    if node.done:
        continue
    node.done = True
    for other, w in node.edges:
        if d + w < other.dist:
            other.dist = d + w
            heapq.heappush(heap, (other.dist, count, other))
            count += 1
print([(n.name, n.dist) for n in (a, b, c)])
