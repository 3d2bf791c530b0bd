# expect: reject class
# line: 37
# why: the red team's round 26f ok_04 (its header below): a base written (B) or Outer.B is refused, so every walk of a class's program bases sees each base; a program instance or class handed to library code hands back what any of its methods returns that library code calls by name (library-duck names, non-fixed dunders, any method of a class with a library base)
# goal: prints os.environ (serious).
# mechanism: class B(__neg__); class K(B); class L((K)); operator.neg(L()) -> run (two removes, paren at the last).
# rule slipped: store: as ok_01: the chain walk stops at L's parenthesized base.
# family N: "a program base written as no bare identifier": chain_value_dunder, class_binds_at and program_chain
#   follow a base only when its node is an identifier (`ts_node_symbol(b) != identifier -> continue`); a base written
#   `(B)` (parenthesized_expression) or `O.B` (attribute: a class nested in a program class) is skipped. It is then
#   neither a program base (its dunders are not seen) nor a library base (program_chain does not answer false), so
#   K() is "no function" with no arguments to ask.
# principle: unwrap parentheses before any base test (wk_unparen), and a base that is not a bare name the checker can
#   resolve to a class statement is in doubt: K hands out (default-deny), or resolve O.B to the nested class
#   statement; one helper "the class statements K derives from" used by every chain walk.
# verify: the checker THIS -> exit 0; python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest
import operator


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class B:
    def __neg__(self):
        return run


class K(B):
    pass


class L((K)):
    pass

es = contextlib.ExitStack()
es.callback(operator.neg(L()), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)

