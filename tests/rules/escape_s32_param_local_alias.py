# expect: reject store
# line: 12
# why: a parameter renamed to a local (y = x) before the store of another parameter into it
import sys
holder = []
def put(x, v):
    y = x
    y.append(v)
d = []
put(d, holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
