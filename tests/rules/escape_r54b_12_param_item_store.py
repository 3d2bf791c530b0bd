# expect: reject store
# line: 10
# why: round 54b family B: an item store x[0] = v between two parameters; the caller's d[0][0] = M writes into holder
import sys
def put(x, v):
    x[0] = v
d = [0]
holder = [0]
put(d, holder)
d[0][0] = sys.argv
holder[0].append("pwn")
print(sys.argv)
