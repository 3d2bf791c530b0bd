# expect: reject store
# line: 18
# why: the red team's round 25i ok_04f (its header below)
# goal (TOP TIER): ok_04 with 'logging.os.fork': the loader calls os.fork() -> a new process. Same hole (compared_key's .sort).
import collections
import logging
import sys
import unittest

T = collections.namedtuple("T", "sort")


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.fork")


T(f).sort(key=g)
print(sys.argv)
unittest.main(exit=False)
