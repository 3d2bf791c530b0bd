# expect: reject store
# why: the red team's round 23o ok_17: list(map(operator.call, [H().go], [sys.argv])) -> H().go(sys.argv); a BOUND METHOD of a plain class in the list.
# line: 15
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_17.py (environ in the TypeError)
# mechanism: list(map(operator.call, [H().go], [sys.argv])) -> H().go(sys.argv); a BOUND METHOD of a plain class in the list.

import logging
import operator
import sys
import unittest


class H:
    def go(self, v):
        v.append('logging.os.environ')


list(map(operator.call, [H().go], [sys.argv]))
unittest.main(exit=False)
