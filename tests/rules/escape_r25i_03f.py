# expect: reject store
# line: 13
# why: the red team's round 25i ok_03f (its header below)
# goal (TOP TIER): ok_03 with 'logging.os.fork': unittest's loader calls os.fork() -> a new process
#   ('returned <pid>' in the parent, 'returned 0' in the child). Same hole as ok_03 (assert message).
#   annotations are evaluated and kept).
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.fork")


try:
    assert False, g
except AssertionError as e:
    e.args[0](sys.argv)
print(sys.argv)
unittest.main(exit=False)
