# Interview: Dijkstra with heapq, k smallest, merge sorted lists
import heapq

def dijkstra(adj, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in adj.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist

adj = {
    "A": [("B", 4), ("C", 1)],
    "C": [("B", 2), ("D", 7)],
    "B": [("D", 1)],
    "D": [("E", 3)],
}
print(sorted(dijkstra(adj, "A").items()))
data = [7, 2, 9, 4, 1, 8, 3]
print(heapq.nsmallest(3, data), heapq.nlargest(2, data))
h = []
for x in data:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(3)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
heap = [5, 3, 8]
heapq.heapify(heap)
print(heapq.heappushpop(heap, 1), heapq.heapreplace(heap, 6), sorted(heap))

class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code")]
heapq.heapify(tasks)
print([heapq.heappop(tasks).name for _ in range(3)])
