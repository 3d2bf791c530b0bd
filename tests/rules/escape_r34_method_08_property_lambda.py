# expect: reject store
# line: 16
# why: family of round 34a ok_01: a property named translate answers a lambda returning sys.argv, which re.escape calls and hands back
import re
import sys


class S(str):
    @property
    def translate(self):
        return lambda table: sys.argv


names = re.escape(S("a"))
print(names is sys.argv)
names.append("x")
