# expect: reject store
# line: 8
# why: an attribute bound to a callable named get makes R.get the program's code: every X.get is then linked to R at any depth
import sys
class R(list):
    pass
r = R()
r.get = lambda k: [r]
h = r.get(0)
h[0].append(sys.argv)
r[0].append("pwn")
print(sys.argv)
