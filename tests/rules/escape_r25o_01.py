# expect: reject store
# line: 24
# why: the red team's round 25o ok_01 (its header below): a method's first parameter (or super() in it) is the class when the method runs unbound (K.m(K, x), f = K.m, key=K.m, a plain def or lambda with a parameter named self), so self.g(x) calls the plain def g with x first
# goal: prints os.environ (serious): sys.argv gets logging.os.environ, unittest.main(exit=False) resolves it.
# mechanism: K.m(K, sys.argv): method m called through its class with the class as self; m does self.g(a), g a plain def g(x): x.append(...).
# rule slipped: store (stores.c maybe_class, line ~7337). For r.m(...) with m a plain class-body def,
#   maybe_class(r) decides whether r may be the class (unbound call: the argument list maps from
#   parameter 0) or an instance (bound: arguments map from parameter 1). For an identifier receiver
#   it returns `!wk_eq(name, "self") && ...`: ANY identifier spelled `self` is taken as a bound
#   instance with no proof: not checked to be the first parameter of a method, nor that the method
#   is only reached bound. So self.g(sys.argv) maps sys.argv to g's parameter 1 (none), and
#   x.append(...) on parameter 0 is never linked to sys.argv.
# family: "a parameter-position offset decided by guessing the receiver kind" (rounds 25k/25m/25n ok_01).
#   Principle: self is no different from any other receiver: bound only when PROVED (self is the
#   first parameter of a def whose every reach is bound: no K.m / f = K.m / key=K.m value use of the
#   def, not a module-level def or lambda or a global named self), else RB_UNSURE (link from param 0).
import logging
import sys
import unittest


class K:
    def g(x):
        x.append("logging.os.environ")
        return 0

    def m(self, a):
        self.g(a)
        return 0


K.m(K, sys.argv)
print(sys.argv)
unittest.main(exit=False)
