# expect: reject store
# line: 17
# why: family of round 40a ok_01: getEffectiveLevel called through operator.methodcaller
import logging
import operator
import sys


class P:
    level = sys.argv
    parent = None


lg = logging.Logger("x")
lg.parent = P()
names = operator.methodcaller("getEffectiveLevel")(lg)
names.append("y")
print(names is sys.argv)
