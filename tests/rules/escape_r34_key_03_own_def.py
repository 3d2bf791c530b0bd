# expect: reject store
# line: 13
# why: family of round 34b ok_01: a def of the program's with a keyword-only parameter named key returns it
import sys


def pick(*, key):
    return key


names = pick(key=sys.argv)
print(names is sys.argv)
names.append("x")
