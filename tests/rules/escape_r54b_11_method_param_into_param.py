# expect: reject store
# line: 11
# why: round 54b family B: the storing function is a method, K().put(d, holder) (self plays no part)
import sys
holder = []
class K:
    def put(self, x, v):
        x.append(v)
d = []
K().put(d, holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
