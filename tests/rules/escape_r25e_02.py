# expect: reject store
# line: 57
# why: the red team's round 25e ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (environment
#   printed in unittest's TypeError message).
# mechanism: NO colon written. difflib.unified_diff(a, b) slices a itself (`a[i1:i2]`), handing
#   slice(0, 1) to the program's R.__getitem__(k), which answers `tuple[k] == tuple[P()]`: the
#   builtin tuple's generic alias tuple[slice(0, 1)] compared with tuple[P()] makes
#   slice.__eq__(P()) answer NotImplemented, so P.__eq__(o) gets the slice and raises
#   LookupError(o). box[s][0] is box[0]: box[s][0].append(sys.argv) files sys.argv at box[0][0].
# rule slipped: store via slices.c dunders_keep_none/key_uses_harmless/harmless_use: every read
#   of the key parameter k is "harmless" -- isinstance's first argument, and `tuple[k]`, a
#   subscript whose INDEX is k ("used as an index: self.data[k]"). But an index hands the key to
#   the receiver's item method, and a generic-alias maker (tuple/list/dict/set/frozenset/
#   enumerate/type, or any class with __class_getitem__) KEEPS it in its args, which == hands to
#   any object's __eq__. No maker word (slice/get_args/__args__/...) -> wk_slice_objects "no
#   slice objects"; key_of_root counts box[s] as a level: box[0][0] is clean.
# family: "a slice reaches the program through an item method judged harmless" -- the harmless
#   list assumes the subscript's receiver drops the key (same trust as exact_sequence, without
#   even looking at the receiver). Principle: an index use of the key is harmless only when the
#   receiver is an exact sequence/dict (exact_sequence, or self.data of a data the class made
#   itself); and the real fix is in key_of_root: count an index as a level only when it is
#   provably no slice (int/str literal, arithmetic, a name bound only to those).
import difflib
import logging
import sys
import unittest


class P:
    def __eq__(self, o):
        raise LookupError(o)

    def __hash__(self):
        return 0


class R:
    def __len__(self):
        return 1

    def __getitem__(self, k):
        if isinstance(k, int):
            return "x"
        return tuple[k] == tuple[P()]


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
