# expect: reject store
# why: the cost of the escaping functions' returns (family F7 of the fifth red
#   team): pick, handed to map by name, returns sys.stdout, a value reached through
#   a module; code the checker does not read may hand a function's value back from
#   any of its calls, so every value a module's function or a library class returns
#   in this program may be that one, and an attribute store on one (the Thread's
#   daemon flag) is refused. Pass such settings to the constructor:
#   threading.Thread(target=..., daemon=True).
import sys
import threading


def pick(name):
    return sys.stdout if name == "out" else sys.stderr


for stream in map(pick, ["out"]):
    print("ready", file=stream)
t = threading.Thread(target=print, args=("working",))
t.daemon = True
t.start()
t.join()
