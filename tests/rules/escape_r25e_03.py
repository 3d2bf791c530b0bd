# expect: reject store
# line: 54
# why: the red team's round 25e ok_03 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: NO colon, no slice/UserDict/__missing__ word, no program method keeping the key.
#   difflib.unified_diff slices R() (`a[i1:i2]`); R.__getitem__(k) answers self.c[k] for the
#   slice, self.c is an M, a ChainMap subclass whose __init__ sets maps = [] (25d ok_01's setup,
#   still accepted): ChainMap.__getitem__ loops over no map and calls the LIBRARY's
#   ChainMap.__missing__, which raises KeyError(key): e.args[0] is the slice.
# rule slipped: store via slices.c: dunders_keep_none judges R.__getitem__'s key uses: k as
#   isinstance's first argument and as the INDEX of self.c[k] -- "harmless" (`self.data[k]`). The
#   round 25d fix added __missing__ to ITEM_DUNDERS, which only catches a __missing__ the PROGRAM
#   writes; ChainMap's own __missing__ (raise KeyError(key)) needs no word, and "ChainMap" is no
#   maker word. So "no slice objects", and key_of_root counts box[s] as a level.
# family: same as ok_02 (an index use of the key is trusted without its receiver) and the
#   25b-25d "library keeper" family. Principle: an index use is harmless only on a receiver
#   proven exact (the class's own data built as a dict/list display in its __init__ and never
#   rebound); and ChainMap (any library mapping written in Python) is a keeper word like
#   UserDict -- but really key_of_root must stop trusting indexes it cannot prove non-slice.
import collections
import difflib
import logging
import sys
import unittest


class M(collections.ChainMap):
    def __init__(self):
        self.maps = []


class R:
    def __init__(self):
        self.c = M()

    def __len__(self):
        return 1

    def __getitem__(self, k):
        if isinstance(k, int):
            return "x"
        return self.c[k]


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
