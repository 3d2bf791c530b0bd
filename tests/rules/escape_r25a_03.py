# expect: reject store
# line: 30
# why: the red team's round 25a ok_03 (its header below)
# goal: prints os.environ (serious).
# mechanism: r[0] = [sys.argv] on a list subclass whose __setitem__ override stores with a
#   slice: super().__setitem__(slice(0, 1), v) -- the override puts v's ELEMENTS (sys.argv) into
#   r, so r[0] is sys.argv, written by r[0].append(...).
# rule slipped: store, held_plain (new, e3ff9f8): the item target r[0] has a plain index (literal
#   0), so the event stores V whole (iter - 1): "r's item is the list [sys.argv]", and r[0][0]
#   would be sys.argv, r[0] not. But a plain index says nothing of what the receiver's
#   __setitem__ does with V: a program override (or a library class's) may iterate it.
#   The override's own store goes through super(), which the link code does not tie to self
#   (ok_02's hole), so nothing else catches it. With list.__setitem__(self, slice(0,1), v) in
#   the override it is refused.
# family: held_plain trusts the index alone; principle: R[k] = V stores V whole only when R is
#   surely a builtin list/dict (or a class with no __setitem__ of the program's / library's),
#   else also V's elements.
import logging
import sys
import unittest


class R(list):
    def __setitem__(self, k, v):
        super().__setitem__(slice(0, 1), v)


r = R([None])
r[0] = [sys.argv]
r[0].append("logging.os.environ")
unittest.main(exit=False)
