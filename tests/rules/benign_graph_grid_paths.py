# expect: accept
from collections import deque
import heapq

MAZE = """
S.#.......
.##.####..
....#..#..
.####.##.#
......#..E
""".strip().splitlines()


def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


def find(ch):
    return next((r, row.index(ch)) for r, row in enumerate(MAZE) if ch in row)


def bfs(start, goal):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        for nxt in neighbours(*cur):
            if nxt not in dist:
                dist[nxt] = dist[cur] + 1
                queue.append(nxt)
    return dist.get(goal)


def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    heap, best = [(h(start), 0, start)], {start: 0}
    while heap:
        _, g, cur = heapq.heappop(heap)
        if cur == goal:
            return g
        for nxt in neighbours(*cur):
            if g + 1 < best.get(nxt, 1 << 30):
                best[nxt] = g + 1
                heapq.heappush(heap, (g + 1 + h(nxt), g + 1, nxt))
    return None


s, e = find("S"), find("E")
print(bfs(s, e), astar(s, e))
