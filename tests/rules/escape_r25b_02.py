# expect: reject store
# line: 43
# why: the red team's round 25b ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False)
#   (no argv=) resolves it.
# mechanism: a UserDict subclass whose data is a LIST: UserDict.__getitem__ runs
#   `if key in self.data` (a list: no hashing, False for a slice), finds no __missing__ and
#   `raise KeyError(key)` -- the KeyError holds the slice object the colon subscript R()[0:1]
#   made; e.args[0] is slice(0, 1). Then box[s][0] is box[0] (box[s] is a new list of box's
#   items): box[s][0].append(sys.argv) puts sys.argv at box[0][0], written by
#   box[0][0].append(...).
# rule slipped: store via slices.c (wk_slice_objects). The program has no maker word and no item
#   dunder at all (the ascii has_word prefilter returns "no slice objects" at once), but a colon
#   subscript of an instance of a LIBRARY class still hands the slice to library code that keeps
#   it: UserDict.__getitem__ raises KeyError(key) without hashing (a dict would hash first --
#   the __missing__ remark in slices.c -- but UserDict's `in` goes to whatever self.data is).
#   The header says "library code slices the sequences it is given (difflib)" but only
#   generic aliases and configparser are counted as library code that KEEPS a key.
#   key_of_root then counts box[s] as one level, so sys.argv is filed at box's depth 3 and
#   box[0][0] (depth 2) is clean.
# family: "a slice object reaches the program through library code" (exceptions' args, library
#   __getitem__ that raises KeyError(key) / stores keys). Principle: any colon subscript whose
#   receiver may be anything but a builtin sequence/str/bytes (an instance of a program class,
#   of a library class, or of a program subclass of one) makes the program one that may hold a
#   slice; or simply: any colon subscript of a non-builtin receiver counts as a maker.
import collections
import logging
import sys
import unittest


class R(collections.UserDict):
    def __init__(self):
        self.data = []


s = None
try:
    R()[0:1]
except KeyError as e:
    s = e.args[0]
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
