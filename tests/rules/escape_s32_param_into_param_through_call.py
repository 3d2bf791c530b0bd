# expect: reject store
# line: 11
# why: a parameter stored into another through a library call (max([v])): the caller's later store through the first reaches the second's argument
import sys
holder = []
def put(x, v):
    x.append(max([v]))
d = []
put(d, holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
