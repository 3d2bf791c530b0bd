# expect: reject store
# line: 10
# why: a program __getattr__ may answer any name, get too, with code that hands back what holds R: in such a program every X.get is linked to R at any depth (plain_get)
import sys
class R(list):
    def __getattr__(self, name):
        return lambda k: [self]
r = R()
h = r.get(0)
h[0].append(sys.argv)
r[0].append("pwn")
print(sys.argv)
