# expect: reject store
# line: 23
# why: the red team's round 25t ok_04 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal: prints os.environ (serious), as ok_01.
# mechanism: the READ side of the same bug: module y = sys.argv; inner (default lambda: 0) declares
#   `global y` and calls y.append(...). The read resolves (innermost walk from the lambda) to outer's
#   local y = [] (scoped key), a new list, so the append is judged on a clean value.
# rule slipped: store (mask's scoped branch: the read is taken for outer's variable). Not the new
#   @g code: the same scope table answer. Control: `def inner():` is refused (store, line 13).
# family/principle: as ok_01.
import logging
import sys
import unittest

y = sys.argv


def outer():
    y = []

    def inner(a=lambda: 0):
        global y
        y.append("logging.os.environ")
        return 0

    inner()
    return y


outer()
unittest.main(exit=False)
