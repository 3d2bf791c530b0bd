# stdin: read a maze grid and find the shortest path with BFS
import sys
from collections import deque

def read_grid():
    first = sys.stdin.readline().split()
    rows, cols = int(first[0]), int(first[1])
    grid = [list(sys.stdin.readline().rstrip("\n")) for _ in range(rows)]
    return rows, cols, grid

rows, cols, grid = read_grid()
start = goal = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "G":
            goal = (r, c)
prev = {start: None}
q = deque([start])
while q:
    cur = q.popleft()
    if cur == goal:
        break
    r, c = cur
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = cur
            q.append((nr, nc))
if goal not in prev:
    print("no path")
else:
    node, steps = prev[goal], 0
    while node and node != start:
        grid[node[0]][node[1]] = "*"
        node = prev[node]
        steps += 1
    print("path length:", steps + 1)
    print("\n".join("".join(row) for row in grid))
rest = sys.stdin.read().split()
print("trailing tokens:", rest)
