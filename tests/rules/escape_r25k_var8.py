# expect: reject store
# line: 11
# why: round 25k's family: K.g = staticmethod(f) after the class makes K().g(x) call f(x)
import logging
import sys
import unittest
from collections import namedtuple


def f(x):
    x.append("logging.os.environ")


class K:
    def g(self, y):
        return y


K.g = staticmethod(f)
K().g(sys.argv)
unittest.main(exit=False)
