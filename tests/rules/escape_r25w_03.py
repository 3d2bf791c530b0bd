# expect: reject store
# line: 16
# why: the red team's round 25w ok_03 (its header below): a method fetched through a class, handed to the library, is the plain function: bound only from a proved instance (fetch_first)
# goal: prints os.environ (serious), as ok_02.
# mechanism: as ok_02 with the computed name of the 25u form (a loop over literal names): the fetched
#   plain function A.push handed to map with sys.argv as its first iterable.
# rule slipped: store (callback fan-out of fetched names at offset method_def ? 1 : 0).
# family/principle: as ok_02.
import logging
import sys
import unittest


class A:
    def push(a, b):
        a.append(b)
        return 0


for k in ("push",):
    list(map(getattr(A, k), [sys.argv], ["logging.os.environ"]))
print(sys.argv)
unittest.main(exit=False)
