# expect: reject store
# line: 37
# why: the red team's round 25a ok_04 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False)
#   (no argv=) resolves that dotted name from __main__.
# mechanism: `lst += P()` with a program class whose __iter__ hands out sys.argv: list's
#   __iadd__ iterates P() and puts sys.argv into lst; lst[0].append(...) writes into sys.argv.
# rule slipped: store, level0_form / aug_masks / aug_judged (new, e3ff9f8). The later
#   `lst[0].append(...)` (SF_CALL, level 0) is suspect on the whole masks and is judged again on
#   the aug masks, where `lst += v` stores only what aug_event says: the operator hook's returns
#   (H_OP) and v's parts (mask(v) & ~M_TOP). The program's __iter__ result (H_ELEM / H_ITEM) is
#   added only when the target is a subscript with a non-plain index -- never for a NAME target,
#   though `list += x` (like extend) iterates x running x's __iter__ (or __getitem__). The same
#   program with lst.extend(P()) is refused.
# NOTE (checked after): not only the new re-judge: the ORDINARY mask of an augmented assignment
#   (mask(), analyzer/stores.c ~10683: mask(left) | (mask(right) & ~M_TOP) | H_OP) has the same
#   gap -- `lst += P(); lst[0].disabled = True` with P yielding logging.getLogger() (an attribute
#   store, never re-judged) is accepted too and writes the root logger; lst.extend(P()) is
#   refused. Compare list_splat, which adds elems(...) | H_ELEM.
# family: aug_event under-approximates what the in-place operator of a builtin stores.
#   Principle: aug_event must be a superset of the ordinary event for the same operator
#   (iterating += / |= / -= etc. always add elems(v) | H_ELEM | H_ITEM, and the dict-update pair
#   lift), or level-0 stores should be re-judged only when the aug masks are derived from the
#   same events by removing, never by recomputing.
import logging
import sys
import unittest


class P:
    def __iter__(self):
        return iter([sys.argv])


lst = []
lst += P()
lst[0].append("logging.os.environ")
unittest.main(exit=False)
