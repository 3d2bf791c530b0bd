# expect: reject store
# line: 14
# why: family of round 34a ok_01: the method a text module's function calls is a lambda bound in the class body; its body's value comes back as it is
import re
import sys


class S(str):
    translate = lambda self, t: sys.argv


names = re.escape(S("a"))
print(names is sys.argv)
names.append("x")
