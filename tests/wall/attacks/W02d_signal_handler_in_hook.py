# family: reentrancy (a Python signal handler, run between two bytecodes of the hook)   goal: frame
# A handler runs at the next eval-breaker check of whatever frame is running: with a
# short interval timer, some of them land inside the hook during an allowed event.
import random
sys = random._os.sys
ast, dataclasses = (sys.modules.get("ast") or __import__("ast")), (sys.modules.get("dataclasses") or __import__("dataclasses"))
_signal = (sys.modules.get("_signal") or __import__("_signal"))
G = {"sys": sys, "got": [], "ValueError": ValueError}
handler = dataclasses._create_fn("handler", ("signum", "frame"), [
    "try:",
    "    got.append(sys._getframe(0))",
    "except ValueError:",
    "    pass"], globals=G)
try:
    _signal.signal(_signal.SIGALRM, handler)
    _signal.setitimer(_signal.ITIMER_REAL, 0.0001, 0.0001)
    for i in range(20000):
        ast.parse("1")
        if G["got"]:
            break
    _signal.setitimer(_signal.ITIMER_REAL, 0, 0)
except ValueError as e:
    print("no handler:", e)
if G["got"]:
    print("FRAME-REACHED", G["got"][0])
