# expect: accept
# why: Stores into the program's own containers and objects built from module values.
import collections
import decimal
import json
import math
import sys
import threading
from collections import Counter, defaultdict

graph = {"a": {"b": 1, "c": 4}, "b": {"c": 2}, "c": {}}
dist = {node: sys.maxsize for node in graph}
dist["a"] = 0
best = [math.inf] * 3
best[0] = 1.5
grid = [[math.inf] * 3 for _ in range(3)]
grid[1][2] = 7
pairs = defaultdict(Counter)
pairs["x"]["y"] += 1
lines = [line.rstrip("\n") for line in sys.stdin]
rows = [line for line in lines]
if rows:
    rows[0] = rows[0].upper()
data = json.loads(json.dumps({"k": [1, 2]}))
data["k"][0] = 99
data["new"] = True
queue = collections.deque([1, 2, 3])
queue[0] = 10
ctx = decimal.getcontext()
ctx.prec = 30
enc = json.JSONEncoder(indent=2)
enc.indent = 4
results = []


def work(n):
    results.append(n * n)


t = threading.Thread(target=work, args=(3,))
t.daemon = True
t.start()
t.join()


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


head = Node(1)
head.next = Node(2)
cur = head
while cur.next:
    cur = cur.next
cur.value = 5
settings = {"encoder": enc}
settings["encoder"].indent = 1
print(dist, best, grid[1], dict(pairs), rows, data, list(queue), ctx.prec, enc.indent,
      results, cur.value)
