# expect: reject store
# line: 9
# why: round 25k's family (the first parameter of a def reached as x.m): a decorator, an alias of staticmethod, a class-body rebinding, or an instance attribute may make x.m another function than the def bound to x
import sys
import unittest


def g(x):
    x.append("logging.os.environ")
    return 0


class K:
    f = staticmethod(g)


list(map(K().f, [sys.argv]))
unittest.main(exit=False)
