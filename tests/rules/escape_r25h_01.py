# expect: reject store
# line: 51
# why: the red team's round 25h ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__. With
#   'logging.os.fork' (ok_01f.py): os.fork() is CALLED by the loader -> a new process (top tier).
# mechanism: difflib.unified_diff slices the program's sequence R (`a[i1:i2]`), handing a slice
#   object to R.__getitem__(k). The key's only use is `isinstance(k, int)` -- but `isinstance` is
#   the PROGRAM's own module-level def, which keeps its first argument (kept.append(a)).
#   kept[-1] is the slice; box[s][0] IS box[0], so box[s][0].append(sys.argv) files sys.argv at
#   box[0][0], written by box[0][0].append(...).
# rule slipped: store via slices.c wk_slice_objects -> dunders_keep_none -> key_uses_harmless ->
#   harmless_use -> isinstance_subject, which recognises isinstance BY SPELLING
#   (`wk_eq(wk_ident(w, f), "isinstance")`), with no wk_builtin_name/census/unbound check: the
#   def binding `isinstance` is never consulted. So __getitem__ "keeps no slice", no maker word
#   -> "no slice objects"; key_of_root counts box[s] as one level and box[0][0] is clean.
#   Control (c1ctl: the same program with the def named keepit): refused (store) x2.
# family: "a builtin recognised by its NAME, not by what the name is bound to" (25e: builtin
#   names' one binding; 25f ok_06/ok_07, 25g ok_03). Principle: every by-spelling match of a
#   builtin (isinstance here; slices.c exact_sequence's makers use unbound_builtin already) must
#   require the name be unbound in the program (unbound_builtin); better: refuse any binding
#   (def/class/assignment/import/parameter) of a builtin's name program-wide.
import difflib
import logging
import sys
import unittest

kept = []


def isinstance(a, b):
    kept.append(a)
    return a == 0


class R:
    def __len__(self):
        return 1

    def __getitem__(self, k):
        if isinstance(k, int):
            return "x"
        return ["x"]


for line in difflib.unified_diff(R(), ["y"]):
    pass
s = kept[-1]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
