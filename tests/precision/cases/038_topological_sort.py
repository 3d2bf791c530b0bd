# Topological sort of build tasks (Kahn's algorithm) and cycle detection.
from collections import defaultdict, deque

deps = {
    "compile": ["fetch", "configure"],
    "configure": ["fetch"],
    "test": ["compile"],
    "package": ["compile", "docs"],
    "docs": ["configure"],
    "release": ["test", "package"],
    "fetch": [],
}


def topo_sort(deps):
    indegree = {task: 0 for task in deps}
    users = defaultdict(list)
    for task, needs in deps.items():
        for need in needs:
            users[need].append(task)
            indegree[task] += 1
    ready = deque(sorted(t for t, d in indegree.items() if d == 0))
    order = []
    while ready:
        task = ready.popleft()
        order.append(task)
        for user in sorted(users[task]):
            indegree[user] -= 1
            if indegree[user] == 0:
                ready.append(user)
    if len(order) != len(deps):
        raise ValueError("cycle among: " + ", ".join(sorted(t for t in deps if t not in order)))
    return order


order = topo_sort(deps)
print(" -> ".join(order))
for i, task in enumerate(order, 1):
    print(f"{i}. {task:<10} needs {', '.join(deps[task]) or 'nothing'}")

deps["fetch"] = ["release"]
try:
    topo_sort(deps)
except ValueError as e:
    print("error:", e)
