# expect: reject store
# line: 54
# why: the red team's round 25c ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: NO colon in the program. difflib.unified_diff(a, b) slices a itself
#   (`for line in a[i1:i2]`), handing slice(0, 2) to a's __getitem__. a is a UserDict subclass
#   whose data is a LIST ["x", P()]: UserDict.__getitem__ runs `key in self.data` (P.__eq__ says
#   "equal" to ints only, so a[0], a[1] work and _check_types sees a str), and for the slice finds
#   nothing and raises KeyError(key): e.args[0] is the slice. box[s][0] is then box[0] (box[s] is a
#   new list of box's items): box[s][0].append(sys.argv) makes box[0][0] sys.argv, written by
#   box[0][0].append(...).
# rule slipped: store, via slices.c (wk_slice_objects, e43b9c6). colon_written finds no slice
#   node; the ascii prefilter finds none of slice/get_args/__args__/optionxform/configparser and
#   no item dunder (the program defines __eq__ and __hash__ only, the __getitem__ is the
#   LIBRARY's), so it answers "no slice objects" at once. The header knows "library code slicing
#   a sequence of the program's (difflib, reprlib)" but only as a hand-off to the PROGRAM's own
#   item dunders; here library code slices an instance of a LIBRARY class, whose __getitem__
#   keeps the key in KeyError(key) (round 25b ok_02's keeper, now reached with no colon).
#   key_of_root then counts box[s] as one level down: sys.argv is filed at box's depth 3 and
#   box[0][0] (depth 2) is clean.
# family: "a slice object reaches the program through library code" (25b ok_02/ok_03). Principle:
#   the slice maker list can't be closed by words; key_of_root should count an index as a level
#   only when the index is provably not a slice (a literal int/str, an arithmetic expression, a
#   name bound only to such), and treat every other index as "maybe a slice" (level 0 too).
import collections
import difflib
import logging
import sys
import unittest


class P:
    def __eq__(self, o):
        return isinstance(o, int)

    def __hash__(self):
        return 0


class R(collections.UserDict):
    def __init__(self):
        self.data = ["x", P()]


s = None
try:
    for line in difflib.unified_diff(R(), ["y"]):
        pass
except KeyError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
