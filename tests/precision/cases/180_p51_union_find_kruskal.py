# Interview: union-find with path compression, Kruskal MST, counting islands
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.sets = n
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
        self.sets -= 1
        return True

edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4),
         (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
dsu = DSU(7)
mst = [(u, v, w) for w, u, v in sorted(edges) if dsu.union(u, v)]
print("MST:", mst, "weight:", sum(w for _, _, w in mst))

grid = ["11000",
        "11010",
        "00100",
        "00011"]
R, C = len(grid), len(grid[0])
d = DSU(R * C)
land = 0
for r in range(R):
    for c in range(C):
        if grid[r][c] == "1":
            land += 1
            for dr, dc in ((0, 1), (1, 0)):
                nr, nc = r + dr, c + dc
                if nr < R and nc < C and grid[nr][nc] == "1":
                    d.union(r * C + c, nr * C + nc)
islands = len({d.find(r * C + c) for r in range(R) for c in range(C) if grid[r][c] == "1"})
print("islands:", islands, "land cells:", land)
