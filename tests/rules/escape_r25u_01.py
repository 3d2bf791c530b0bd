# expect: reject store
# line: 26
# why: the red team's round 25u ok_01 (its header below): a getattr with a name computed whole fetches a bound method only from a receiver proved an instance (the class's getattr hands out the plain function)
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it (the TypeError message prints environ({...})).
# mechanism: getattr(A, k) with k a loop variable over literal names (the builtin rule's accepted
#   "loop over literal names" form) fetches A.push through the CLASS: the plain function, so
#   push(a=sys.argv, b=...) appends to sys.argv.
# rule slipped: store (stores.c opaque_reach). fetch_names notes only a literal (or literal-prefix)
#   name; a name argument `k` sets computed_fetch, and opaque_reach answers 1 (BOUND: first parameter
#   is an instance) for EVERY method of a class whenever computed_fetch is set -- without looking at
#   the receiver (here a class, which maybe_class would have caught for a literal fetch) or at the
#   def's binding kind. So the caller's first argument never reaches `a`.
# family: "a parameter-position offset decided by guessing the receiver kind" (25k..25t, opaque_reach).
# principle: a computed fetch must be judged like a literal one: record its receiver (and the literal
#   names its loop ranges over) and answer bound only when that receiver is proved an instance and the
#   def is a plain method/classmethod; a computed fetch whose receiver is not proved (a class, a
#   name, anything) reaches every def of the program as a plain function (2).
import logging
import sys
import unittest


class A:
    def push(a, b):
        a.append(b)
        return 0


for k in ("push",):
    getattr(A, k)(sys.argv, "logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
