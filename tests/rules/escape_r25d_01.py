# expect: reject store
# line: 53
# why: the red team's round 25d ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: NO colon, no slice/UserDict/item-dunder word. difflib.unified_diff(a, b) slices a
#   itself (`for line in a[i1:i2]`). a is a collections.ChainMap subclass whose maps is an EMPTY
#   list: ChainMap.__getitem__ (Python code) loops over no mapping and calls
#   self.__missing__(key) for EVERY key -- no hashing. The program's __missing__ answers "x" for
#   ints (so _check_types and find_longest_match work) and raises LookupError(k) for anything
#   else: e.args[0] is slice(0, 1). box = [[]]: box[s][0] IS box[0], so
#   box[s][0].append(sys.argv) makes box[0][0] sys.argv, written by box[0][0].append(...).
# rule slipped: store via slices.c wk_slice_objects (139de82). colon_written: no slice node.
#   Prefilter: none of slice/get_args/__args__/optionxform/configparser/UserDict and none of
#   __getitem__/__setitem__/__delitem__/__class_getitem__ -> "no slice objects". The header's
#   claim "a ChainMap's maps answer a slice first, a dict with TypeError" assumes maps is
#   non-empty (and holds dicts); the program writes `self.maps = []`, so the key goes straight
#   to __missing__ -- a dunder that is NOT in ITEM_DUNDERS (the header only reasons about
#   __missing__ for dict subclasses, which hash first). key_of_root counts box[s] as a level.
# family: "a slice object reaches the program through library code" (25b ok_02/03, 25c ok_01/02),
#   here via ChainMap -> __missing__. Principle: stop enumerating makers/keepers by words;
#   key_of_root must count an index as a level only when it is provably not a slice (int/str
#   literal, arithmetic, a name bound only to those); at the least add __missing__ (on any
#   non-dict class) and ChainMap/maps to the keeper words.
import collections
import difflib
import logging
import sys
import unittest


class R(collections.ChainMap):
    def __init__(self):
        self.maps = []

    def __len__(self):
        return 1

    def __missing__(self, k):
        if isinstance(k, int):
            return "x"
        raise LookupError(k)


s = None
try:
    for line in difflib.unified_diff(R(), ["y"]):
        pass
except LookupError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
