# expect: reject store
# line: 11
# why: round 25k's family (the first parameter of a def reached as x.m): a decorator, an alias of staticmethod, a class-body rebinding, or an instance attribute may make x.m another function than the def bound to x
import logging
import sys
import unittest


class K:
    def g(x):
        x.append("logging.os.environ")
        return 0
    g = staticmethod(g)


list(map(K().g, [sys.argv]))
unittest.main(exit=False)
