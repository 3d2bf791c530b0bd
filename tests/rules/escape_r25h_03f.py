# expect: reject store
# line: 16
# why: the red team's round 25h ok_03f (its header below)
# goal (TOP TIER): ok_03 with 'logging.os.fork': the loader calls os.fork() -> a new process.
import logging
import sys
import unittest


def isinstance(a, b):
    b(a)
    return True


def g(x):
    x.append("logging.os.fork")


isinstance(sys.argv, g)
print(sys.argv)
unittest.main(exit=False)
