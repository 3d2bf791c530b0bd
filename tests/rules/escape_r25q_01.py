# expect: reject store
# line: 23
# why: the red team's round 25q ok_01 (its header below): super(C, y) is bound to y, a class there hands out the plain function; enum looks _missing_ up on the class and calls it with the value first, whatever class holds the def
# goal: prints os.environ (serious): sys.argv gets logging.os.environ, unittest.main(exit=False) resolves it.
# mechanism: super(K, K).g(sys.argv) inside a plain method: two-argument super whose second argument is a
#   CLASS does an unbound lookup, so B.g (a plain def g(x)) is called with x = sys.argv; x.append(...) writes sys.argv.
# rule slipped: store (stores.c instance_call, ~line 12380): a call to `super` is taken as an instance
#   whenever it is written in plain method code (plain_method_code), WHATEVER ITS ARGUMENTS: the test was
#   written for zero-arg super() (bound to the def's self) but applies to super(C, y) too, so maybe_class()
#   is false for super(K, K) and the call maps sys.argv to g's parameter 1. find_unbound_methods's
#   super_second() handles super(C, y) only when y is a method's self parameter; for y = K (a class) it
#   yields no edge and falls to maybe_class, which the same instance_call answers "instance".
# family: "a parameter-position offset decided by guessing the receiver kind" (25k/25m/25n/25o).
# principle: super(C, y) is an instance only when y is proved one (same proof as any receiver); only
#   zero-arg super() in a plain method that never runs unbound is bound to the def's instance.
import logging
import sys
import unittest


class B:
    def g(x):
        x.append("logging.os.environ")
        return 0


class K(B):
    def m(self):
        super(K, K).g(sys.argv)
        return 0


K().m()
print(sys.argv)
unittest.main(exit=False)
