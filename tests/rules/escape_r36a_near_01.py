# expect: reject dunder
# line: 23
# why: round 36a near_01: x |= K() where Set.__ror__ calls K.__new__ returning sys.argv; the store rule takes a class call for a new instance, so the dunder rule on __new__ holds this: narrowing it would show
# near_01 -- refused (rule `dunder` on K.__new__, rule `unbound` on object.__new__(cls)).
# Aim: goal 1 via the sys.argv / unittest.main lever.
# Mechanism: `x |= K()` on a name bound to "ab": str has no __or__, so the
#   library's collections.abc.Set.__ror__ runs, which is
#   self._from_iterable(chain) == cls(chain), and K.__new__ answers sys.argv:
#   x IS sys.argv afterwards, and `x += [...]` extends it in place.
# Instructive: the `store` rule alone ACCEPTED both augmented assignments (the
#   only refusals are the __new__ rules): the mask of a class call K() does
#   not take what the class's __new__ returns, and aug_rebinds/immutable_name
#   took x for immutable text.  Remove the `dunder` rule on __new__ (or widen
#   its allowance) and this is an escape.  Run: prints sys.argv extended and
#   unittest tries to load logging.os.environ (printed in the TypeError).
import logging
import sys
import unittest
from collections.abc import Set


class K(Set):
    def __new__(cls, *a):
        if a:
            return sys.argv
        return object.__new__(cls)

    def __contains__(self, v):
        return False

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


x = "ab"
x |= K()
x += ["logging.os.environ"]
print(sys.argv)
unittest.main(exit=False)
