# expect: reject store
# line: 30
# why: the red team's round 25t ok_02 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01 with other openers and binding forms: a LIST COMPREHENSION in inner's default (its
#   scope's parent is outer) and a `for y in [sys.argv]` target under `global y`.
# rule slipped: store (@g:y via scopes.c innermost): the for-target binding resolves to outer's local.
#   Control: `def inner():` is refused.
# family/principle: as ok_01.
import logging
import sys
import unittest


def outer():
    y = 0

    def inner(a=[0 for _ in range(1)]):
        global y
        for y in [sys.argv]:
            pass
        return 0

    inner()
    return y


y = []
outer()
y.append("logging.os.environ")
unittest.main(exit=False)
