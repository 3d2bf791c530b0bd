# expect: reject dunder
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a def name rebound elsewhere (here by `global` in a function) may hold
#   anything when it is read: the census counts every binding in the program.
# Goal reached: write into a foreign namespace (threading.Thread's).
import threading
def target():
    pass
def swap():
    global target
    target = threading.Thread
swap()
target.__annotations__["run"] = "forged"
print(threading.Thread.__dict__["__annotations__"])
