# Breadth-first search on a grid maze: shortest path and flood fill.
from collections import deque

MAZE = """\
S.#.......
.##.####..
....#..#.#
#.#.#.##..
..#...#..#
.####.#.#.
......#..E"""

grid = [list(row) for row in MAZE.splitlines()]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")


def bfs(start, goal):
    queue = deque([start])
    came = {start: None}
    while queue:
        cur = queue.popleft()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in came:
        return None
    path = []
    node = goal
    while node:
        path.append(node)
        node = came[node]
    return path[::-1]


path = bfs(start, end)
print("steps:", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
reachable = sum(1 for r in range(rows) for c in range(cols) if grid[r][c] != "#")
print("open cells:", reachable)
