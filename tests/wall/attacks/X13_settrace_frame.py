# family: classic (sys.settrace hands every frame over)   goal: frame
import random
sys = random._os.sys
seen = []
def tr(frame, event, arg):
    seen.append(type(frame).__name__)
    return None
sys.settrace(tr)
def f():
    pass
f()
sys.settrace(None)
if "frame" in seen:
    print("FRAME" + "-REACHED")
