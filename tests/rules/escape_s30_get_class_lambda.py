# expect: reject store
# line: 9
# why: a class-body binding of get (a lambda) makes R.get the program's code: every X.get is then linked to R at any depth
import sys
class R(list):
    get = lambda self, k: [self]
r = R()
h = r.get(0)
h[0].append(sys.argv)
r[0].append("pwn")
print(sys.argv)
