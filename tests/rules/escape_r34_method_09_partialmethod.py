# expect: reject store
# line: 15
# why: family of round 34a ok_01: translate is a functools.partialmethod holding sys.argv
import functools
import re
import sys


class S(str):
    translate = functools.partialmethod(lambda self, box, table: box, sys.argv)


names = re.escape(S("a"))
print(names is sys.argv)
names.append("x")
