# expect: accept
# why: functions that store one parameter into another (a registry, a graph's setdefault) and the callers that then write through either name, with the program's own values
def register(registry, name, handlers):
    registry[name] = handlers


def handler_a(x):
    return x + 1


reg = {}
hs = []
register(reg, "a", hs)
reg["a"].append(handler_a)
hs.append(lambda x: x * 2)
print([h(3) for h in reg["a"]], len(hs))
graph = {}


def link(g, a, b):
    g.setdefault(a, []).append(b)
    g.setdefault(b, []).append(a)


link(graph, 1, 2)
link(graph, 2, 3)
graph[1].append(4)
print(graph)
