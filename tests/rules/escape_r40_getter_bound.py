# expect: reject store
# line: 15
# why: family of round 40a ok_01: getEffectiveLevel held as a bound method and called later, the parent's level set in its __init__
import logging
import sys


class P:
    def __init__(self, v):
        self.level = v
        self.parent = None


lg = logging.Logger("x")
lg.parent = P(sys.argv)
get = (lambda g: g)(lg.getEffectiveLevel)
names = get()
names.append("y")
print(names is sys.argv)
