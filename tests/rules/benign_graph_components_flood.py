# expect: accept
GRID = [
    "11000",
    "11011",
    "00100",
    "00011",
]


def islands(grid):
    seen = set()

    def flood(r, c):
        stack = [(r, c)]
        while stack:
            r, c = stack.pop()
            if (r, c) in seen or not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != "1":
                continue
            seen.add((r, c))
            stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]

    count = 0
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] == "1" and (r, c) not in seen:
                flood(r, c)
                count += 1
    return count


def bipartite(adj):
    color = {}
    for start in adj:
        if start in color:
            continue
        color[start], stack = 0, [start]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    stack.append(v)
                elif color[v] == color[u]:
                    return False
    return True


print(islands(GRID), bipartite({1: [2], 2: [1, 3], 3: [2]}), bipartite({1: [2, 3], 2: [1, 3], 3: [1, 2]}))
