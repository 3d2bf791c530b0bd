# expect: reject store
# line: 15
# why: round 25k's family (the first parameter of a def reached as x.m): a decorator, an alias of staticmethod, a class-body rebinding, or an instance attribute may make x.m another function than the def bound to x
import sys
import unittest


def deco(f):
    return staticmethod(f)


class K:
    @deco
    def g(x, y=0):
        x.append("logging.os.environ")
        return 0


K().g(sys.argv)
unittest.main(exit=False)
