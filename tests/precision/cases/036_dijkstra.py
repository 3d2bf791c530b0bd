# Dijkstra's shortest paths on a small road map, with path reconstruction.
import heapq
import sys

roads = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]
graph = {}
for a, b, w in roads:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))


def dijkstra(start):
    dist = {node: sys.maxsize for node in graph}
    prev = {}
    dist[start] = 0
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


dist, prev = dijkstra("A")
for node in sorted(graph):
    if dist[node] == sys.maxsize:
        print(f"{node}: unreachable")
    else:
        print(f"{node}: {dist[node]:3}  via {' -> '.join(path_to(prev, node))}")
