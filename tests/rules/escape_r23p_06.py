# expect: reject store
# why: the red team's round 23p ok_06: as ok_01, the dispatcher called by name from a METHOD: K().go(sys.argv) -> f(v) -> _(sys.argv).
# line: 19
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_06.py (environ in the TypeError)
# mechanism: as ok_01, the dispatcher called by name from a METHOD: K().go(sys.argv) -> f(v) -> _(sys.argv).
#   (An alias h = f; h(sys.argv) IS refused, no_31: reading f as a value makes it escape -> opaque_callback.)
# rule slipped: store; see ok_01 (a by-name call of a singledispatch function hands its arguments only to
#   def f's own parameters, never to the defs registered on it).
import logging
import sys
import unittest
import functools

@functools.singledispatch
def f(x):
    return 0
@f.register
def _(o: list):
    o.append('logging.os.environ')
class K:
    def go(self, v):
        return f(v)
K().go(sys.argv)
unittest.main(exit=False)
