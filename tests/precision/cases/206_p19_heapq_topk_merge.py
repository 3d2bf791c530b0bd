import heapq
from collections import Counter

words = "the quick brown fox jumps over the lazy dog the fox barks".split()
counts = Counter(words)
print(heapq.nlargest(3, counts.items(), key=lambda kv: (kv[1], kv[0])))
print(heapq.nsmallest(4, [9, 3, 7, 1, 8, 2]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)
    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"

pq = []
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(pq, Task(p, n))
order = []
while pq:
    order.append(heapq.heappop(pq))
print(order)

def kth_smallest_matrix(m, k):
    h = [(row[0], i, 0) for i, row in enumerate(m)]
    heapq.heapify(h)
    for _ in range(k - 1):
        v, i, j = heapq.heappop(h)
        if j + 1 < len(m[i]):
            heapq.heappush(h, (m[i][j + 1], i, j + 1))
    return h[0][0]

print(kth_smallest_matrix([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
