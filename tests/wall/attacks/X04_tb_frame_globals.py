# family: classic (a traceback's frame: the caller's caller's globals)   goal: frame
import sys
try:
    raise ValueError
except ValueError:
    f = sys.exc_info()[2].tb_frame
while f.f_back:
    f = f.f_back
if type(f).__name__ == "frame":
    print("FRAME" + "-REACHED", sorted(f.f_globals)[:5])
