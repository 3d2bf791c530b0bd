# family: reentrancy (a weakref callback of cyclic garbage, run by a collection inside the hook)   goal: frame
import random
sys = random._os.sys
gc, dataclasses, ast, weakref = ((sys.modules.get("gc") or __import__("gc")), (sys.modules.get("dataclasses") or __import__("dataclasses")),
                                 (sys.modules.get("ast") or __import__("ast")), (sys.modules.get("weakref") or __import__("weakref")))
G = {"sys": sys, "got": [], "ValueError": ValueError}
cb = dataclasses._create_fn("cb", ("ref",), [
    "try:",
    "    got.append(sys._getframe(0))",
    "except ValueError:",
    "    pass"], globals=G)
class Node:
    pass
refs = []
T = 300
for k in range(0, 60):
    gc.collect()
    gc.set_threshold(T)
    a = Node(); a.me = a; refs.append(weakref.ref(a, cb)); del a
    keep = []
    while gc.get_count()[0] < T - k:
        keep.append([])
    ast.parse("1")
    if G["got"]:
        break
gc.set_threshold(700)
if G["got"]:
    print("FRAME-REACHED", G["got"][0])
