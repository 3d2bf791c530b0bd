# expect: reject store
# line: 22
# why: the red team's round 25h ok_09 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process).
# mechanism: the program's function g as the right OPERAND of a binary operator: P() | g runs
#   P.__or__(self, other), which returns other -- g itself; called with sys.argv, g appends.
# rule slipped: store, stores.c note_reference: `binary_operator` is no parent kind in the
#   escaping allow-list (as ok_05-ok_07), so g never escapes and its parameter is linked to
#   nothing; the operator method's parameter `other`, returned, is not taken as an escape of g
#   either. (A comparison, `P() == g` with a keeping __eq__, is refused by the memory rule's
#   pure-__eq__ requirement: no_17.)
# family: as ok_05 (escape census with a default of not escaping). Principle: as ok_05 (every
#   reference that is not a direct call's callee escapes, operator operands included).
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


class P:
    def __or__(self, other):
        return other


(P() | g)(sys.argv)
print(sys.argv)
unittest.main(exit=False)
