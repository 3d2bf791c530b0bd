# expect: reject store
# why: the red team's round 23p ok_07: as ok_01, the dispatcher called by name inside a lambda handed to map: map(lambda v: f(v), [sys.argv]).
# line: 19
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_07.py (environ in the TypeError)
# mechanism: as ok_01, the dispatcher called by name inside a lambda handed to map: map(lambda v: f(v), [sys.argv]).
#   The lambda's v is tainted (map's callback takes the elements), f(v) hands v to def f's x only.
# rule slipped: store; see ok_01.
import logging
import sys
import unittest
import collections

import functools
@functools.singledispatch
def f(x):
    return 0
@f.register
def _(o: list):
    o.append('logging.os.environ')
list(map(lambda v: f(v), [sys.argv]))
unittest.main(exit=False)
