# expect: reject store
# line: 27
# why: the red team's round 25h ok_10 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process).
# mechanism: the program's function g as the left operand of `in`: `g in P()` runs
#   P.__contains__(self, item) with item = g, which keeps it in a module-level list; kept[0] IS
#   g; called with sys.argv, g appends to it.
# rule slipped: store, stores.c note_reference: a `comparison_operator` is no parent kind in the
#   escaping allow-list (as ok_05-ok_09), so g never escapes. Unlike __eq__ (no_17: the memory
#   rule requires a pure __eq__), __contains__ may keep its argument: the memory rule does not
#   treat `in` as a comparison whose method must be pure. kept.append(item) is a store on the
#   program's own list, and kept[0](...) a call of an unknown callee the escape census was
#   supposed to cover.
# family: as ok_05 (escape census with a default of not escaping). Principle: as ok_05; also
#   a protocol method's parameters (__contains__'s item, an operator's other) receive operands,
#   so any value written as an operand escapes to them.
import logging
import sys
import unittest

kept = []


def g(x):
    x.append("logging.os.environ")


class P:
    def __contains__(self, item):
        kept.append(item)
        return True


if g in P():
    kept[0](sys.argv)
print(sys.argv)
unittest.main(exit=False)
