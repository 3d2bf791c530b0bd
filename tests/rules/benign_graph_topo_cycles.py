# expect: accept
from collections import defaultdict, deque


def topo_sort(edges):
    graph, indeg = defaultdict(list), defaultdict(int)
    nodes = set()
    for a, b in edges:
        graph[a].append(b)
        indeg[b] += 1
        nodes |= {a, b}
    queue = deque(sorted(n for n in nodes if indeg[n] == 0))
    order = []
    while queue:
        n = queue.popleft()
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                queue.append(m)
    return order if len(order) == len(nodes) else None


def has_cycle(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(graph, WHITE)

    def visit(u):
        color[u] = GREY
        for v in graph.get(u, ()):
            if color.get(v, WHITE) == GREY or (color.get(v, WHITE) == WHITE and visit(v)):
                return True
        color[u] = BLACK
        return False

    return any(color[u] == WHITE and visit(u) for u in graph)


print(topo_sort([("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket")]))
print(topo_sort([(1, 2), (2, 1)]), has_cycle({1: [2], 2: [3], 3: [1]}), has_cycle({1: [2], 2: []}))
