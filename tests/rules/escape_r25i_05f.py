# expect: reject store
# line: 13
# why: the red team's round 25i ok_05f (its header below)
# goal (TOP TIER): ok_05 with 'logging.os.fork': the loader calls os.fork() -> a new process. Same hole (augmented target).
import logging
import sys
import unittest

kept = []


def g(x):
    x.append("logging.os.fork")


class P:
    def __radd__(self, other):
        kept.append(other)
        return 0


g += P()
kept[0](sys.argv)
print(sys.argv)
unittest.main(exit=False)
