# expect: accept
from collections import deque

GRAPH = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
}


def bfs(start, goal):
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        if path[-1] == goal:
            return path
        for nxt in GRAPH[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None


def dfs(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for nxt in GRAPH[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


print(bfs("A", "F"), dfs("A"))
