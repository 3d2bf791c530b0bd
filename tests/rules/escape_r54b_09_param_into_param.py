# expect: reject store
# line: 11
# why: round 54b family B: put(x, v) stores one parameter into another; put(d, holder) makes d[0] holder's object, so the caller's d[0].append(M) writes into holder
import sys
holder = []
def put(x, v):
    x.append(v)
d = []
put(d, holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
