# expect: reject store
# line: 23
# why: the red team's round 25w ok_04 (its header below): methodcaller may be applied to a class, and a staticmethod binds nothing: its arguments fill the method's parameters from the first
# goal: prints os.environ (serious), as ok_02.
# mechanism: operator.methodcaller("stash_it", sys.argv, ...)(A()) with stash_it a STATICMETHOD:
#   the instance binds no self, so stash_it(a=sys.argv, b=...).
# rule slipped: store (stores.c methodcaller handling ~l.9239: fanout {def, method_def(def) ? 1 : 0}
#   -- every def in a class body is taken for a bound method, so sys.argv is linked to `b` and `a`
#   takes "logging.os.environ"). receiver_binding is not asked; nor is the receiver (a class, v06-like
#   plain-method-through-class form, is refused for another reason).
# family: as ok_02 (offset guessed from where the def sits).
# principle: use receiver_binding (RB_STATIC -> 0, RB_UNSURE -> both) and the receiver's proof
#   (a class receiver -> 0) for methodcaller, as call_events does for direct calls.
import logging
import operator
import sys
import unittest


class A:
    @staticmethod
    def stash_it(a, b):
        a.append(b)
        return 0


operator.methodcaller("stash_it", sys.argv, "logging.os.environ")(A())
print(sys.argv)
unittest.main(exit=False)
