# expect: reject store
# line: 11
# why: the red team's round 25j ok_01f (its header below)
# goal (TOP TIER): ok_01 with 'logging.os.fork': unittest's loader calls os.fork() -> a new process. Same hole (a parameter annotation keeps g).
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.fork")


def h(x: g):
    pass


h.__annotations__["x"](sys.argv)
print(sys.argv)
unittest.main(exit=False)
