# expect: reject store
# line: 18
# why: the red team's round 25u ok_07 (its header below): a positional argument after *xs may land in any positional parameter from its own place on, or in *args
# goal: prints os.environ (serious), as ok_06.
# mechanism: as ok_06 through a bound method call on a program instance: Box().put(*["k"], sys.argv)
#   binds k="k", v=sys.argv; the checker maps sys.argv to k (non-star index 0 after self).
# rule slipped: store (positional index after a starred argument). family/principle: as ok_06.
import logging
import sys
import unittest


class Box:
    def __init__(self):
        self.items = []

    def put(self, k, v):
        v.append("logging.os.environ")
        return k


Box().put(*["k"], sys.argv)
print(sys.argv)
unittest.main(exit=False)
