# expect: reject store
# line: 51
# why: the red team's round 25e ok_07 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: a colon written INSIDE A VARIABLE ANNOTATION: `x: tuple[0:1] | P() = 0`. At module
#   level CPython evaluates the annotation: tuple[0:1] is the generic alias tuple[slice(0, 1)],
#   `alias | P()` has the alias answer NotImplemented (P() is not unionable), so P.__ror__(alias)
#   runs and compares `other == tuple[Q()]`: slice.__eq__(Q()) answers NotImplemented and
#   Q.__eq__ gets the slice, raising LookupError(slice). box[s][0] is box[0]: sys.argv is filed at
#   box[0][0] by box[s][0].append(...), written by box[0][0].append(...).
#   Member (accepted, working, members/j2.py): a PARAMETER annotation, `def g(a: tuple[0:1] | P()):`.
# rule slipped: store via slices.c colon_written: it looks for `slice` nodes under a `subscript`;
#   tree-sitter parses an annotation's `tuple[0:1]` as a type (generic_type / type parameters),
#   with no slice+subscript pair the scan recognises (`x: tuple[0:1] = 0` alone is accepted, and so
#   is this), so the program "writes no colon"; no maker or item-dunder word (__ror__/__eq__/
#   __hash__ are none) -> "no slice objects"; key_of_root counts box[s] as a level. Also
#   class_value_use's "an annotation no reader of the program's hands back" assumes annotations
#   are only reachable through get_type_hints/__annotations__: an operator INSIDE the annotation
#   (| with a program object's __ror__) runs program code on the evaluated annotation.
# family: "a slice made where the colon scan does not look" (annotations: variable, parameter
#   and return annotations are evaluated in 3.11 without `from __future__ import annotations`).
#   Principle: colon_written must see every ':' inside brackets in any expression context,
#   annotations included (scan the type/generic_type subtrees too); better, key_of_root must count
#   an index as a level only when it is provably not a slice.
import logging
import sys
import unittest


class Q:
    def __eq__(self, o):
        raise LookupError(o)

    def __hash__(self):
        return 0


class P:
    def __ror__(self, other):
        return other == tuple[Q()]


s = None
try:
    x: tuple[0:1] | P() = 0
except LookupError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
