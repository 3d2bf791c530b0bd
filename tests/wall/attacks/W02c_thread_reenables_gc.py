# family: reentrancy (a second thread turns the collector back on while the hook runs)   goal: frame
# The hook turns the collector off while it runs; a thread that calls gc.enable and
# a threshold of 1 in a loop, with a tiny switch interval, tries to turn it back on
# in the middle of the hook so that the finalizer runs inside it.
import random
sys = random._os.sys
gc, dataclasses, ast, threading = ((sys.modules.get("gc") or __import__("gc")), (sys.modules.get("dataclasses") or __import__("dataclasses")),
                                   (sys.modules.get("ast") or __import__("ast")), (sys.modules.get("threading") or __import__("threading")))
G = {"sys": sys, "got": [], "ValueError": ValueError}
fin = dataclasses._create_fn("__del__", ("self",), [
    "try:",
    "    got.append(sys._getframe(0))",
    "except ValueError:",
    "    pass"], globals=G)
class Cyc:
    __del__ = fin
stop = []
def flip():
    while not stop:
        gc.enable()
        gc.set_threshold(1)
sys.setswitchinterval(1e-6)
t = threading.Thread(target=flip)
t.start()
for i in range(3000):
    a = Cyc(); a.me = a; del a
    ast.parse("1")
    if G["got"]:
        break
stop.append(1)
t.join()
if G["got"]:
    print("FRAME-REACHED", G["got"][0])
