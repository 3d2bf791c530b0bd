# expect: reject store
# line: 20
# why: the red team's round 25u ok_02 (its header below): a getattr with a name computed whole fetches a bound method only from a receiver proved an instance (the class's getattr hands out the plain function)
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01 with the other accepted computed form: a loop over a MODULE-LEVEL TUPLE of literal
#   names bound once (NAMES), inside a function whose receiver `obj` is a parameter handed the class A.
#   getattr(obj, k) on a class is the plain function: push(a=sys.argv, ...).
# rule slipped: store (stores.c opaque_reach: computed_fetch => every method of every class answers 1,
#   "bound", whatever the receiver: here an unproved parameter holding a class).
# family/principle: as ok_01.
import logging
import sys
import unittest

NAMES = ("push",)


class A:
    def push(a, b):
        a.append(b)
        return 0


def run(obj, x):
    for k in NAMES:
        getattr(obj, k)(x, "logging.os.environ")
    return 0


run(A, sys.argv)
print(sys.argv)
unittest.main(exit=False)
