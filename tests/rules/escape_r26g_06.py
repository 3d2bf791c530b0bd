# expect: reject store
# line: 26
# why: the red team's round 26g ok_06 (its header below): text with a field is no plain literal (a lone field is what __format__ returned, any str subclass with the program's operators), and an operator method bound in a class body by any form (a lambda, a def's name) makes operators and comparisons may-be-functions; a base the checker cannot name is in doubt
# goal: prints os.environ (serious).
# mechanism: class K: __lt__ = lambda self, o: run; es.callback(K() < 1, sys.argv) -> run(sys.argv).
# rule slipped: store: maybe_function(K() < 1): program_operators() false (no def named __lt__) -> comparison_operator -> "no function"; run never linked to sys.argv.
# family P: "a comparison is a bool unless a def says otherwise": maybe_function answers an operator "maybe a
#   function" only when program_operators() finds an operator dunder among the program's DEF NAMES; otherwise a
#   comparison_operator falls to `... k == comparison_operator -> return false` -- unlike unary/binary operators it
#   is not even walked into (its operands are never asked, so class_hands_out/chain_value_dunder, which do see any
#   binding form since round 26e, are never consulted). A rich comparison bound by assignment in a class body
#   (`__lt__ = lambda self, o: run`, `__eq__ = ...`, or `__lt__ = lt` with a def of another name) is no def name,
#   so `K() < 1` is "a bool"; CPython returns whatever __lt__ returns.
# principle: one source of truth for "the program can answer this operator": program_operators must ask the class
#   namespace (class_body_binds / every binding of any class body, the same helper chain_value_dunder uses), not
#   s->defnames; and a comparison whose operands are not plain must be judged like a binary operator (walk its
#   operands through maybe_function / class_hands_out) instead of answering false outright.
# verify: the checker THIS -> exit 0; python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class K:
    __lt__ = lambda self, o: run


es = contextlib.ExitStack()
es.callback(K() < 1, sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
