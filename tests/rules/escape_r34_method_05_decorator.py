# expect: reject store
# line: 24
# why: family of round 34a ok_01: a decorator of the program replaces the class body's def with a module-level function returning sys.argv
import re
import sys


def tr(self, table):
    return sys.argv


def deco(f):
    return tr


class S(str):
    @deco
    def translate(self, table):
        return str(self)


names = re.escape(S("a"))
print(names is sys.argv)
names.append("x")
