# expect: reject store
# line: 34
# why: the red team's round 25h ok_01f (its header below)
# goal (TOP TIER): ok_01 with 'logging.os.fork': unittest's loader calls os.fork() -> a new process
#   ("returned <pid>" in the parent, "returned 0" in the child). Same hole as ok_01.
import difflib
import logging
import sys
import unittest

kept = []


def isinstance(a, b):
    kept.append(a)
    return a == 0


class R:
    def __len__(self):
        return 1

    def __getitem__(self, k):
        if isinstance(k, int):
            return "x"
        return ["x"]


for line in difflib.unified_diff(R(), ["y"]):
    pass
s = kept[-1]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.fork")
unittest.main(exit=False)
