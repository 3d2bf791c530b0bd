import sys
from collections import deque

def solve(grid):
    h, w = len(grid), len(grid[0])
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if (r, c) == end:
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1

lines = sys.stdin.read().split("\n")
t = int(lines[0])
pos = 1
for _ in range(t):
    h, w = map(int, lines[pos].split())
    grid = lines[pos + 1: pos + 1 + h]
    pos += 1 + h
    print(solve(grid))

dq = deque(range(5), maxlen=5)
dq.rotate(2)
dq.appendleft(-1)
print(list(dq))
