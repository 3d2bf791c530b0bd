# expect: reject store
# line: 10
# why: round 25k's family (the first parameter of a def reached as x.m): a decorator, an alias of staticmethod, a class-body rebinding, or an instance attribute may make x.m another function than the def bound to x
import logging
import sys
import unittest


def f(x):
    x.append("logging.os.environ")


class K:
    def __init__(self):
        self.g = f

    def g(self, y):
        return y


K().g(sys.argv)
unittest.main(exit=False)
