# expect: reject store
# line: 49
# why: the red team's round 25f ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: NO colon, NO item dunder (__getitem__/__setitem__/__delitem__/__class_getitem__/
#   __missing__), NO maker word. reprlib dispatches on the CLASS NAME (`type(x).__name__`): a
#   program class named `str` goes to Repr.repr_str, whose FIRST access is `x[:self.maxstring]`.
#   The class is a collections.ChainMap subclass with `self.maps = []` (25d ok_01's setup):
#   the LIBRARY's ChainMap.__getitem__ loops over no map and calls the LIBRARY's
#   ChainMap.__missing__, which raises KeyError(slice(None, 30, None)). e.args[0] is the slice;
#   box = [[]]: box[s][0] IS box[0], so box[s][0].append(sys.argv) files sys.argv at box[0][0],
#   written by box[0][0].append(...).
# rule slipped: store via slices.c wk_slice_objects: colon_written sees no slice node; the ascii
#   prefilter finds none of MAKERS (slice/get_args/__args__/optionxform/configparser/UserDict)
#   and none of ITEM_DUNDERS -> "no slice objects" before dunders_keep_none is ever asked. The
#   header's model ("library code slicing a sequence of the program's hands the slice to the
#   program's __getitem__ ...") assumes the receiving item method is the PROGRAM's; here both
#   the item method and the keeper (__missing__ -> KeyError(key)) are the library's (ChainMap),
#   and reprlib reaches the slice by a class NAME the program chose (`str`; also the store rule
#   takes `class str` as an ordinary class). key_of_root counts box[s] as one level.
#   (25e ok_03 needed a program __getitem__ because difflib indexes a[i] with ints first;
#   reprlib.repr_str slices first.)
# family: "a library item method keeps the slice" (25d ok_01, 25e ok_03/ok_06: ChainMap's
#   __missing__), reached by a library slicer dispatching on a class name. Principle: ChainMap
#   (any library mapping written in Python whose __getitem__ reaches __missing__ unhashed; with
#   .maps written by the program) is a MAKER word like UserDict; reprlib (a slicer by type NAME)
#   too; really: key_of_root must count an index as a level only when it is provably no slice
#   (int/str literal, arithmetic, a name bound only to those).
import collections
import logging
import reprlib
import sys
import unittest


class str(collections.ChainMap):
    def __init__(self):
        self.maps = []


s = None
try:
    print(reprlib.repr(str()))
except KeyError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
