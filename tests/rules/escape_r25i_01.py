# expect: reject store
# line: 47
# why: the red team's round 25i ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork' the loader calls os.fork(): a new process).
# mechanism: 25h ok_02 (ChainMap over a program mapping E whose item method raises KeyError for
#   a slice; the ChainMap's fallback raises KeyError(slice); box[s][0] IS box[0]) with the item
#   method's name spelled in a NON-ASCII form that CPython folds (NFKC) to the dunder: the def
#   is written `__get<FULLWIDTH I>tem__`, which Python 3.11 stores as the plain dunder.
# rule slipped: store via slices.c wrapper_untouched (the round 25h fix): it asks
#   wk_text_has(w, "<item dunder>") -- a RAW BYTE search of the source text, not of the folded
#   identifiers -- so the fullwidth spelling is not seen, ChainMap is "untouched" and no maker;
#   folded_words/dunders_keep_none DO fold the name, find E's method, and judge its key use
#   harmless (["x"][k]: an exact sequence's index). So "no slice objects" and key_of_root counts
#   box[s] as a level: box[0][0] looks clean.
# family: "a text check on raw bytes where the interpreter reads folded identifiers" (new shape;
#   every wk_text_has of an identifier-like word: slices.c wrapper_untouched (its attribute
#   words, the attribute-writing builtins, the item dunders), exact_sequence's operator dunders
#   and User* words, and the stores.c wk_text_has users). Principle: a text check must run on
#   the folded text (NFKC of every identifier, as walker.c does for wk_ident) -- or refuse
#   non-ASCII identifiers whose NFKC differs from their bytes.
# NOTE: this header must not spell the words wrapper_untouched searches (comments are text).
import collections
import difflib
import logging
import sys
import unittest


class E:
    def __getｉtem__(self, k):
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
