# expect: reject store
# line: 13
# why: family of round 39a ok_03: a Random made by a def of the program
import random
import sys


def make():
    return random.Random()


r = make()
r.gauss_next = (sys.argv,)
names = r.gauss((), 1)[0]
print(names is sys.argv)
names.append("x")
