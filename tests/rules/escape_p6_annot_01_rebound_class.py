# expect: reject dunder
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: __annotations__ of a name that is a class statement but also bound to a
#   library class: type's getter creates the dict inside threading.Thread's own
#   namespace, which the program then fills. One binding, by the statement, is
#   what makes the dict the program's own.
# Goal reached: write into a foreign namespace (threading.Thread's).
import threading
class Worker:
    pass
Worker = threading.Thread
Worker.__annotations__["run"] = "forged"
print("__annotations__" in threading.Thread.__dict__, threading.Thread.__annotations__)
