# expect: reject store
# line: 19
# why: family of round 34a ok_01: the method is stored on the class after its statement (S.translate = tr)
import re
import sys


def tr(self, table):
    return sys.argv


class S(str):
    pass


S.translate = tr
names = re.escape(S("a"))
print(names is sys.argv)
names.append("x")
