# Interview: BFS shortest path, DFS topo sort, connected components
from collections import deque, defaultdict

edges = [("a", "b"), ("b", "c"), ("a", "d"), ("d", "e"), ("e", "c"), ("f", "g")]
graph = defaultdict(list)
for u, v in edges:
    graph[u].append(v)
    graph[v].append(u)

def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nb in sorted(graph[node]):
            if nb not in prev:
                prev[nb] = node
                q.append(nb)
    return None

def components():
    seen, comps = set(), []
    for node in sorted(graph):
        if node in seen:
            continue
        stack, comp = [node], []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(graph[n])
        comps.append(sorted(comp))
    return comps

def topo(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == 1:
            raise ValueError("cycle at " + n)
        if state.get(n) == 2:
            return
        state[n] = 1
        for m in deps.get(n, []):
            visit(m)
        state[n] = 2
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order

print(bfs("a", "c"), bfs("a", "g"))
print(components())
print(topo({"app": ["lib", "utils"], "lib": ["utils"], "utils": [], "test": ["app"]}))
try:
    topo({"x": ["y"], "y": ["x"]})
except ValueError as e:
    print(e)
