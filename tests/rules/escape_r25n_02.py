# expect: reject store
# line: 27
# why: the red team's round 25n ok_02 (its header below): an attribute receiver holding the class (h.k = mk(), for h.k in [K]), or a class handed on by a decorator, __init_subclass__ or __set_name__, makes x.g the plain def, whose first parameter takes the first argument
# goal: prints os.environ (serious), as ok_01.
# mechanism: h.k = [K][0]; h.k.g(sys.argv): an item bound to an attribute.
# rule slipped: store (stores.c maybe_class). For x.m with m a plain class-body def (RB_BOUND),
#   maybe_class(r) decides whether r may be the class. For an ATTRIBUTE receiver (h.k, self.k) it
#   only asks whether the attribute NAME is cls/a class name or an event binds that name straight
#   to a class name; then `if (r is not an identifier ...) return false`: the round-25m proof
#   (every_binding/instance_event/instance_variable, gated by classes_as_values) is applied to
#   identifiers only. An attribute bound by a call (mk()), an item ([K][0]), next(iter([K])) or
#   a for target (for h.k in [K]) is taken for an instance, g for bound, sys.argv goes to
#   parameter 1.. (none) and x.append(...) on parameter 0 passes.
#   Controls: h.k = K (direct class name) refused; H.k = K refused; k, = [K] refused; k = mk; k().g refused.
# family: "a parameter-position offset decided by guessing the receiver kind from its syntax"
#   (round25k/25m ok_01), the attribute-receiver branch the 25m fix left out.
#   Principle: a receiver is an instance only when PROVED, for every receiver form: an attribute
#   receiver X.a needs the attr_holds_only-style proof (every store of .a anywhere is a K(...) call
#   of a class with no __new__/metaclass), otherwise RB_UNSURE (link from parameter 0).
import logging
import sys
import unittest


class K:
    def g(x):
        x.append("logging.os.environ")
        return 0


class H:
    pass


def mk():
    return K

h = H()
h.k = [K][0]
h.k.g(sys.argv)
print(sys.argv)
unittest.main(exit=False)
