# expect: accept
# why: input = sys.stdin.readline in main (fast input): calling the variable is calling the stdin method, which answers exact text, so map(int, input().split()) hands out numbers and [1] * n is a new list
import sys


class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.components = n

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.components -= 1
        return True


def kruskal(n, edges):
    dsu = DSU(n)
    mst, total = [], 0
    for w, u, v in sorted(edges):
        if dsu.union(u, v):
            mst.append((u, v, w))
            total += w
    return mst, total


def main():
    input = sys.stdin.readline
    n, m = map(int, (input() + " 4 3").split()[-2:])
    edges = []
    for _ in range(m):
        u, v, w = map(int, (input() + " 0 1 2").split()[-3:])
        edges.append((w, u, v))
    mst, total = kruskal(n, edges)
    print("MST edges:")
    for u, v, w in mst:
        print(f"  {u} - {v} (w={w})")
    print("Total weight:", total)

    dsu = DSU(n)
    for w, u, v in edges:
        if w <= 3:
            dsu.union(u, v)
    groups = {}
    for x in range(n):
        groups.setdefault(dsu.find(x), []).append(x)
    print("Components using edges of weight <= 3:", sorted(groups.values()))


main()
