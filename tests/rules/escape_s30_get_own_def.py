# expect: reject store
# line: 10
# why: R.get of a program's def named get may hand back what holds R: its returns are linked; the library's get hands back an item only
import sys
class R(list):
    def get(self, k, d=None):
        return [self]
r = R()
h = r.get(0)
h[0].append(sys.argv)
r[0].append("pwn")
print(sys.argv)
