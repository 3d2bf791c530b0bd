# expect: reject store
# line: 32
# why: the red team's round 25i ok_05 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process; ok_05f.py).
# mechanism: the program's function g as the TARGET of an augmented assignment: `g += P()` READS
#   g first (a function has no __iadd__/__add__), then calls P.__radd__(self, other) with other
#   IS g; P keeps it in a module-level list. kept[0] IS the def g; called with sys.argv, g
#   appends to it.
# rule slipped: store, stores.c note_reference (round 25h inversion, "a binding's target"):
#   for parent kinds assignment / augmented_assignment / named_expression / keyword_argument /
#   default_parameter, a reference that STARTS its parent (`first`) is a binding target and
#   harmless. For a plain assignment it is; but an augmented assignment's left side is a READ
#   before it is a binding, and the interpreter hands that value to the right operand's
#   reflected operator. So g never escapes; its parameter x is linked only to the program's
#   direct calls of g (none); kept[0](...) is a call of an unknown callee. (The rebinding of g
#   by the += is an extra census binding, which nothing here looks at.)
# family: as ok_03 ("a harmless place named by its parent kind where the kind has a second,
#   value-handing role"; 25h ok_09/ok_10 were operands of operators: this is the operand of the
#   augmented operator). Principle: in note_reference, only an `=` assignment's target (or a
#   walrus's, a keyword's or parameter's NAME) is harmless; an augmented assignment's target is
#   an operand and escapes like ok_09's `P() | g`.
import logging
import sys
import unittest

kept = []


def g(x):
    x.append("logging.os.environ")


class P:
    def __radd__(self, other):
        kept.append(other)
        return 0


g += P()
kept[0](sys.argv)
print(sys.argv)
unittest.main(exit=False)
