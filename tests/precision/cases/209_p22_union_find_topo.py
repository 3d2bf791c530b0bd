from collections import defaultdict, deque

class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

edges = [(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6),
         (2, 2, 8), (6, 8, 6), (4, 2, 5), (7, 2, 3), (2, 6, 5), (14, 3, 5),
         (9, 3, 4), (10, 5, 4)]
dsu = DSU(9)
mst = [(w, u, v) for w, u, v in sorted(edges) if dsu.union(u, v)]
print("MST weight:", sum(w for w, _, _ in mst), "edges:", len(mst))

def topo(deps):
    indeg = defaultdict(int)
    graph = defaultdict(list)
    nodes = set(deps)
    for node, reqs in deps.items():
        for r in reqs:
            graph[r].append(node)
            indeg[node] += 1
            nodes.add(r)
    q = deque(sorted(n for n in nodes if indeg[n] == 0))
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                q.append(m)
    if len(order) != len(nodes):
        raise ValueError("cycle detected")
    return order

print(topo({"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "tests": ["app"]}))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("error:", e)
