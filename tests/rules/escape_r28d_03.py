# expect: reject store
# line: 28
# why: the red team's round 28d ok_03: in a = b = K() the object is a's too; only a plain NAME = K(...) statement makes a holder now
# ok_03 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list of
#          the sys module); the sys.argv / unittest.main lever.
#
# Mechanism: round 28b ok_03's duck call (bisect.insort's C code calls
#   a.insert(lo, x) on anything that is not an exact list, handing the program's
#   K.insert the real sys.argv as x), with the instance handed to the library
#   through a CHAINED assignment: `a = b = K()`.
#
# Why the checker missed it: analyzer/instances.c, call_holder(): for the call
#   K() it looks at the parent node only; in `a = b = K()` tree-sitter nests
#   assignment(left=a, right=assignment(left=b, right=K())), so the parent is the
#   inner assignment and the ONE holder recorded is `b`.  `a` is never a holder,
#   so holder_use() never sees `bisect.insort(a, sys.argv)`;
#   wk_instances_escape() answers "held by nobody", duck_method_events() skips
#   K.insert, and x.append(...) is a store into a parameter taken for the
#   program's own value.  (`b = K(); a = b` is refused: the holder is read.)
import bisect
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class K:
    def insert(self, i, x):
        x.append("logging.os.environ")

    def __len__(self):
        return 0


a = b = K()
bisect.insort(a, sys.argv)
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
