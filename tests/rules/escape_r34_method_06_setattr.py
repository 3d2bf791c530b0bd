# expect: reject store
# line: 19
# why: family of round 34a ok_01: setattr(S, 'translate', tr) binds the method by a name the checker reads as a string
import re
import sys


def tr(self, table):
    return sys.argv


class S(str):
    pass


setattr(S, "translate", tr)
names = re.escape(S("a"))
print(names is sys.argv)
names.append("x")
