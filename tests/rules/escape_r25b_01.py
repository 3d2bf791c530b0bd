# expect: reject store
# line: 41
# why: the red team's round 25b ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: a program __getitem__ hands its key on as the VALUE of a by-hand item-method call,
#   holder.__setitem__(0, k): C()[0:1] leaves slice(0, 1) in holder[0], and s is that slice.
#   box = [[]]; box[s] is a NEW list of box's items, so box[s][0] IS box[0] (depth 1), and
#   box[s][0].append(sys.argv) puts sys.argv at box's depth 2: box[0][0] is sys.argv, written by
#   box[0][0].append(...).
# rule slipped: store, via slices.c (wk_slice_objects, new in 41e740a). harmless_use ->
#   index_like_call accepts a read of the key parameter as ANY argument of a call whose function
#   is an attribute named __getitem__/__setitem__/__delitem__/__class_getitem__: it checks the
#   attribute's name but not that the key sits in the index's place (argument 0) -- for
#   isinstance it does check argument 0. `X.__setitem__(0, k)` stores k as an item, so the
#   slice escapes; slices.c says the program holds no slice, loose_level is false, and
#   key_of_root counts box[s] as one level down: box[s][0].append(sys.argv) is filed as
#   "box's depth-2 object holds sys.argv" (sys.argv at depth 3), and box[0][0] (depth 2) is clean.
# members: list.__setitem__(holder, 0, k) in the same place is accepted and works too
#   (operator.__setitem__ is refused by module_attribute).
# family: slices.c's "harmless use of the key" is judged by syntax position, not by where the
#   value goes. Principle: a by-hand item-method call is harmless only when k is its FIRST
#   argument and the call is __getitem__/__delitem__ (for __setitem__, k must be argument 0 and
#   must not appear in argument 1); better, any read of k other than `X[k]`, `k.start/stop/step`,
#   isinstance(k, ...) counts as keeping the slice.
import logging
import sys
import unittest


class C:
    def __getitem__(self, k):
        holder.__setitem__(0, k)
        return 0


holder = [None]
C()[0:1]
s = holder[0]
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
