# Union-find (disjoint sets): friend circles and Kruskal's minimum spanning tree.


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}

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

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


people = ["ann", "bob", "cat", "dan", "eve", "fay", "gus"]
ds = DisjointSet(people)
for a, b in [("ann", "bob"), ("cat", "dan"), ("bob", "dan"), ("eve", "fay")]:
    ds.union(a, b)
print("circles:", ds.groups())

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
ds = DisjointSet("ABCDEFG")
mst = [(w, a, b) for w, a, b in sorted(edges) if ds.union(a, b)]
for w, a, b in mst:
    print(f"{a}-{b} {w}")
print("total weight:", sum(w for w, _, _ in mst))
