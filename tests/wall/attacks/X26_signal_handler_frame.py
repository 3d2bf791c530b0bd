# family: wall (a signal handler gets the interrupted frame)   goal: frame
import random
signal = random._os.sys.modules.get("_signal")
got = []
def h(signum, frame):
    got.append(type(frame).__name__)
signal.signal(signal.SIGUSR1, h)
signal.raise_signal(signal.SIGUSR1)
if "frame" in got:
    print("FRAME" + "-REACHED")
