# expect: reject store
# line: 50
# why: the red team's round 25h ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork' the loader calls os.fork(): a new process, as ok_01f).
# mechanism: a ChainMap whose list of mappings is given BY ITS CONSTRUCTOR,
#   collections.ChainMap(E()), never written as an attribute. E.__getitem__(k) uses k only as an
#   index of a list display (["x"][k]: harmless, an exact sequence) and raises KeyError(0) when
#   the result is a list (k was a slice). difflib.unified_diff slices its first sequence
#   (a[i1:i2]); ChainMap.__getitem__ catches E's KeyError and calls ChainMap.__missing__(key),
#   which raises KeyError(slice). e.args[0] is the slice; box[s][0] IS box[0] -> box[0][0] holds
#   sys.argv.
# rule slipped: store via slices.c wk_slice_objects -> folded_words / wrapper_untouched: the maker
#   word ChainMap is dropped when the program TEXT never spells the attribute name (m-a-p-s), nor
#   the set-attribute builtin, the v-a-r-s builtin or the instance dict's dunder, on the model
#   "only a store the program writes replaces them". But ChainMap(*m) takes its mappings from the
#   constructor's arguments: any program mapping that raises KeyError for a slice (harmlessly, per
#   harmless_use: it never keeps the key) makes the LIBRARY's __missing__ raise KeyError(slice).
#   dunders_keep_none judges E.__getitem__ harmless (true: E keeps nothing; the library keeps it).
#   Control (controls/d1ctl.py: the same program plus a comment spelling the attribute): refused (store).
#   (This header itself must avoid those words: the text check reads comments too.)
# family: "a library item method keeps the slice" (25d ok_01, 25e ok_03/ok_06, 25f ok_02/ok_07),
#   here through wrapper_untouched's text proof. Principle: ChainMap is a maker whenever it is
#   constructed with any argument (or always); really: key_of_root must count an index as a level
#   only when it is provably no slice (int/str literal, arithmetic, a name bound only to those).
import collections
import difflib
import logging
import sys
import unittest


class E:
    def __getitem__(self, k):
        v = ["x"][k]
        if v == ["x"]:
            raise KeyError(0)
        return v


s = None
try:
    for line in difflib.unified_diff(collections.ChainMap(E()), ["y"]):
        pass
except KeyError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
