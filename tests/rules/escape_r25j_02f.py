# expect: reject store
# line: 14
# why: the red team's round 25j ok_02f (its header below)
# goal (TOP TIER): ok_02 with 'logging.os.fork': the loader calls os.fork() -> a new process. Same hole (a match mapping key's dotted_name).
import logging
import sys
import unittest

kept = []


class K:
    def meth(x):
        x.append("logging.os.fork")


class M(dict):
    def get(self, key, default=None):
        kept.append(key)
        return default


match M(a=1):
    case {K.meth: _}:
        pass
kept[0](sys.argv)
print(sys.argv)
unittest.main(exit=False)
