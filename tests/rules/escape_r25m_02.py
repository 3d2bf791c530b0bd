# expect: reject store
# line: 27
# why: the red team's round 25m ok_02 (its header below): the receiver of x.m may be the class itself (a call, a loop name, a parameter, a classmethod's first parameter, super() in a classmethod, a class handed to the library as a filter), whose plain def then takes the first argument as its first parameter
# goal: prints os.environ (serious), as ok_01.
# mechanism: k = mk() (the class); sorted([sys.argv], key=k.g): the library calls the plain function with sys.argv.
# rule slipped: store (stores.c). x.m with m a plain undecorated def of class K: receiver_binding
#   answers RB_BOUND ("the receiver fills the first parameter") whenever the def is a class-body
#   def bound only by defs; whether the RECEIVER is an instance is left to maybe_class(obj), which
#   answers "a class" only for an identifier/attribute named like a class (or a name an event binds
#   directly to a class name) and "bound" for every CALL ("K().m, super().m are bound") and every
#   other name. But a call (mk(), next(iter([K]))) or a name bound by a call or a for loop may be
#   the CLASS itself: then x.m is the plain function and the first argument the program passes IS
#   its first parameter x. The checker links sys.argv to parameter 1.. (nothing) and x.append passes.
#   Controls: K.g(sys.argv) refused (t18/no_01); [K][0].g, ks[0].g, d["a"].g, (k := K).g refused.
# family: "a parameter-position offset decided by guessing the receiver kind from its syntax"
#   (round25k ok_01 family, now the other side: the def is plain, the receiver is a class).
#   Principle: x.m binds self only if x is PROVED an instance (a direct K(...) call of a class with
#   no __new__/metaclass, self, or a name bound only to such calls); otherwise link the caller's
#   values to every parameter from 0 (treat as RB_UNSURE).
import logging
import sys
import unittest


class K:
    def g(x):
        x.append("logging.os.environ")
        return 0


def mk():
    return K


k = mk()
sorted([sys.argv], key=k.g)
print(sys.argv)
unittest.main(exit=False)
