# family: classic (sys._getframe through a module attribute)   goal: frame
import random
f = random._os.sys._getframe(0)
if type(f).__name__ == "frame":
    print("FRAME" + "-REACHED")
