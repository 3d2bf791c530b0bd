# Count connected components and the largest one with a recursive DFS,
# reading the graph from standard input the way judges provide it.
import sys

sys.setrecursionlimit(10 ** 6)
readline = sys.stdin.readline


def main():
    first = readline().split()
    if not first:
        print("no input")
        sys.exit(0)
    n, m = int(first[0]), int(first[1])
    adj = [[] for _ in range(n + 1)]
    for _ in range(m):
        a, b = map(int, readline().split())
        adj[a].append(b)
        adj[b].append(a)
    seen = [False] * (n + 1)

    def dfs(v):
        seen[v] = True
        size = 1
        for w in adj[v]:
            if not seen[w]:
                size += dfs(w)
        return size

    sizes = []
    for v in range(1, n + 1):
        if not seen[v]:
            sizes.append(dfs(v))
    print(len(sizes))
    print(max(sizes))
    print(*sorted(sizes, reverse=True))


main()
sys.exit(0)
