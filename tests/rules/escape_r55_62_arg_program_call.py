# expect: reject store
# line: 12
# why: round 55: an argument not rooted in a name (put([d][0], holder)): alias_back_up returns early through alias_roots and never feeds the parameter's "#in", so the caller's later stores into d miss what put stored
import sys
def ident(x):
    return x
def put(x, v):
    x.append(v)
holder = []
d = []
put(ident(d), holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
