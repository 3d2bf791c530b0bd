# expect: reject store
# line: 39
# why: the red team's round 25i ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork' the loader calls os.fork(): a new process).
# mechanism: 25f ok_02 (reprlib dispatches on the class NAME: a program ChainMap subclass named
#   `str` goes to repr_str, which slices it; with an EMPTY list of mappings the library's
#   fallback raises KeyError(slice); box[s][0] IS box[0]) -- with the ChainMap's attribute of
#   mappings written `self.<FULLWIDTH M>aps = []`: Python folds the attribute name (NFKC) to the
#   plain one, so the instance's list of mappings IS replaced by [].
# rule slipped: store via slices.c folded_words -> wrapper_untouched("ChainMap"): "only a store
#   the program writes replaces them, so its text spells the attribute" -- checked by
#   wk_text_has, a RAW BYTE search; the fullwidth spelling has other bytes, so ChainMap is no
#   maker; no item dunder, no colon -> "no slice objects"; key_of_root counts box[s] as a level.
# family: as ok_01 ("a text check on raw bytes where the interpreter reads folded
#   identifiers"). Principle: as ok_01 -- fold before searching, or refuse non-ASCII identifiers
#   whose NFKC differs from their bytes (then every text check is sound again).
# NOTE: this header must not spell the words wrapper_untouched searches (comments are text).
import collections
import logging
import reprlib
import sys
import unittest


class str(collections.ChainMap):
    def __init__(self):
        self.ｍaps = []


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
