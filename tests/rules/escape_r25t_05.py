# expect: reject store
# line: 34
# why: the red team's round 25t ok_05 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal: prints os.environ (serious), as ok_01.
# mechanism: plain_index: R is bound at module to {} and, in inner (default lambda, `global R`), to [].
#   The list binding resolves to outer's local R (scopes.c innermost walk, as ok_01), so R is "bound only
#   to new dicts" and `R[k] = [sys.argv]` with k = slice(0, 0) is taken as storing the list whole. On a
#   list a slice store SPREADS the value: R[0] is sys.argv itself, and R[0].append writes it.
# rule slipped: store (stores.c plain_index / variable_holds(VT_MAPPING) and @g:R): both read the global's
#   bindings through the scope table. Control: `def inner():` is refused (store, line 23).
# family/principle: as ok_01 (the dict-only proof is only as good as the binding census).
import logging
import sys
import unittest

R = {}


def outer():
    R = 0

    def inner(a=lambda: 0):
        global R
        R = []
        return 0

    inner()
    return R


outer()
k = slice(0, 0)
R[k] = [sys.argv]
R[0].append("logging.os.environ")
unittest.main(exit=False)
