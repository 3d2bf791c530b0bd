# expect: reject store
# line: 13
# why: the store of one parameter into another made two calls down (put2 calls put): the callers' callers' stores reach it
import sys
holder = []
def put(x, v):
    x.append(v)
def put2(x, v):
    put(x, v)
d = []
put2(d, holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
