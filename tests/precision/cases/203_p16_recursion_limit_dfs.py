import sys
sys.setrecursionlimit(10000)
input = sys.stdin.readline

def main():
    n = int(input())
    children = [[] for _ in range(n + 1)]
    parents = list(map(int, input().split()))
    for child, p in enumerate(parents, start=2):
        children[p].append(child)
    size = [0] * (n + 1)
    depth = [0] * (n + 1)

    def dfs(u, d):
        depth[u] = d
        s = 1
        for v in children[u]:
            s += dfs(v, d + 1)
        size[u] = s
        return s

    dfs(1, 0)
    print(*size[1:])
    print(max(depth))

    # deep chain to exercise the recursion limit
    def chain(k):
        return 0 if k == 0 else 1 + chain(k - 1)
    print(chain(3000))

main()
