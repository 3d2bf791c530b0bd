# family: wall (traceback.walk_tb hands out frames)   goal: frame
import random
traceback = random._os.sys.modules.get("traceback") or random.__builtins__["__import__"]("traceback")
try:
    1 / 0
except ZeroDivisionError as e:
    for f, _ in traceback.walk_tb(e.__traceback__):
        if type(f).__name__ == "frame":
            print("FRAME" + "-REACHED")
