# expect: reject store
# line: 41
# why: the red team's round 25b ok_03 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False)
#   (no argv=) resolves it.
# mechanism: `list[0:1]` is a types.GenericAlias whose __args__ hold slice(0, 1). Comparing it
#   with `list[P()]` compares the args tuples item by item: slice.__eq__(P()) answers
#   NotImplemented, so P.__eq__(self, o) runs with o = the slice; it raises LookupError(o), and
#   the handler reads e.args[0]: s is slice(0, 1). box = [[]]: box[s][0] IS box[0], so
#   box[s][0].append(sys.argv) makes box[0][0] sys.argv, then box[0][0].append(...) writes it.
# rule slipped: store via slices.c (wk_slice_objects). slices.c knows generic aliases keep a
#   colon index, but only counts the ways of READING them by name (get_args, __args__ as makers);
#   a comparison hands each arg to the other operand's __eq__ (a program dunder whose parameter
#   the store rule takes as "anything", but the slice rule never asks). The program spells no
#   maker and no item dunder, so wk_slice_objects says "no slice objects", key_of_root counts
#   box[s] as a level: sys.argv is filed at box's depth 3, and box[0][0] (depth 2) is clean.
#   (__eq__ is pure for the memory rule: it only raises.)
# family: "a slice object reaches the program through library code that keeps it" (ok_02:
#   UserDict's KeyError(key); here a generic alias's args via ==, and likewise hash/repr/
#   ordering of the alias, `in` over its args...). Principle: a colon subscript of anything
#   but a builtin sequence value (a class -- generic alias --, a library or program instance)
#   makes the program one that may hold a slice; the name list of "ways to read it" can't be
#   complete.
import logging
import sys
import unittest


class P:
    def __eq__(self, o):
        raise LookupError(o)


s = None
try:
    print(list[0:1] == list[P()])
except LookupError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
