# expect: reject store
# why: the red team's round 23o ok_09: class M(difflib.SequenceMatcher): set_seq2 = functools.partialmethod(g); M(None, '', sys.argv)
# line: 16
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_09.py (environ in the TypeError)
# mechanism: class M(difflib.SequenceMatcher): set_seq2 = functools.partialmethod(g); M(None, '', sys.argv)
#   -> self.set_seq2(sys.argv) = g(self, sys.argv).

import difflib
import functools
import logging
import sys
import unittest


def g(self, b):
    b.append('logging.os.environ')


class M(difflib.SequenceMatcher):
    set_seq2 = functools.partialmethod(g)


M(None, '', sys.argv)
unittest.main(exit=False)
