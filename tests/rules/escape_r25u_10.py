# expect: reject store
# line: 15
# why: the red team's round 25u ok_10 (its header below): a positional argument after *xs may land in any positional parameter from its own place on, or in *args
# goal: prints os.environ (serious), as ok_06.
# mechanism: as ok_06 through a class call: K(*[0], sys.argv) runs __init__(self, a=0, b=sys.argv); the
#   checker maps sys.argv to `a` (non-star index 0 after self).
# rule slipped: store. family/principle: as ok_06 (every call kind that maps arguments to parameters).
import functools
import logging
import sys
import unittest

class K:
    def __init__(self, a, b):
        b.append("logging.os.environ")

K(*[0], sys.argv)
print(sys.argv)
unittest.main(exit=False)
