# expect: reject store
# line: 13
# why: round 54b family B: a dict subclass feeding a value through super().setdefault and reading it back by get, then storing through it
import sys
holder = []
class D(dict):
    def feed(self, v):
        super().setdefault("k", v)
d = D()
d.feed([holder])
h = d.get("k")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
