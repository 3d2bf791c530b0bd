# expect: reject dunder
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: getattr with the literal name is judged as the attribute written out, but
#   without a receiver the census can judge: refused (read f.__annotations__ on a
#   def name instead).
# Goal reached: write into a foreign namespace (threading.Thread's).
import threading
getattr(threading.Thread, "__annotations__")["run"] = "forged"
print(threading.Thread.__dict__["__annotations__"])
