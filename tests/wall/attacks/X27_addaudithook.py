# family: wall (a second audit hook sees the frames the wall hands itself)   goal: frame
import random
sys = random._os.sys
got = []
def mine(event, args):
    for a in args:
        if type(a).__name__ == "frame":
            got.append(1)
sys.addaudithook(mine)
import collections
collections.namedtuple("P", "x")
sys._getframe(0)
if got:
    print("FRAME" + "-REACHED")
