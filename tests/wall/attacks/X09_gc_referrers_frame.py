# family: classic (gc.get_referents of a traceback: its frame)   goal: frame
import random
gc = random._os.sys.modules.get("gc") or random.__builtins__["__import__"]("gc")
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
for o in gc.get_referents(tb):
    if type(o).__name__ == "frame":
        print("FRAME" + "-REACHED")
        break
