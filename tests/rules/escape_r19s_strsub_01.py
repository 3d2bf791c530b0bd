# expect: reject builtin
# why: nineteenth red team (the red team's ok_04): a closed class with a computed getattr on
#   self and a subclass with a str base: self is then a str whose format method formats
#   text the checker never read
# line: 15
# goal: reaches the os module and os.environ through a function's __globals__ (prints os, the environ class and environ[HOME])
# mechanism: computed getattr(self, k) in a method of closed class K; a subclass S(str, K) makes self a str,
#   so getattr(self, 'format') is the bound str.format of a template the checker never read
# rule slipped: 'getattr(self, k) is refused on classes with a str/property/AttributeError base' looks at K's
#   own bases only; the dataclass check walks every class deriving from K, the str-base check does not

import threading
class K:
    def fetch(self, k):
        return getattr(self, k)
class S(str, K):
    pass
def h():
    pass
names = ["format", "x"]
s = S("os module: {0.__globals__[threading]._os}  environ type: {0.__globals__[threading]._os.environ.__class__}  HOME={0.__globals__[threading]._os.environ[HOME]}")
f = s.fetch(names[0])
print(f(h))
