# family: wall (logging's frame walk with a replaced helper)   goal: frame
import random
import logging  # named, so that it is loaded before the run and the guard is what stops it
got = []
def steal(frame):
    got.append(type(frame).__name__)
    return False
logging._is_internal_frame = steal
logging.currentframe = lambda: random._os.sys._getframe(1)
logging.getLogger("x").warning("hi")
logging.Logger.findCaller(logging.getLogger("x"))
if "frame" in got:
    print("FRAME" + "-REACHED")
