# expect: reject store
# line: 34
# why: the red team's round 25s ok_01 (its header below): a subscripted base of a program class, B[0], runs B's __class_getitem__, whose value's type becomes the metaclass: K() may be anything, so no instance
# goal: prints os.environ (serious): sys.argv gets logging.os.environ, unittest.main(exit=False) resolves it.
# mechanism: a SUBSCRIPTED program base, `class K(B[0])`. B.__class_getitem__ (a program dunder) returns an
#   INSTANCE of program class P, not a class. Python then takes type(base) = P as K's metaclass and runs
#   P("K", (p,), ns): the name K is bound to a P instance. K() runs P.__call__, which returns the CLASS B.
#   k.g then reads B's plain def g through a class (unbound) and k.g(sys.argv) runs g(x=sys.argv).
# rule slipped: store (stores.c instance_call -> classes.c wk_class_makes_instances/makes_instances):
#   `k = K()` is proved an instance: K is bound by its class statement only, no __new__ named, and its
#   base `B[0]` is judged as `B` ("typing.Generic[T], list[int]": the subscript's value is taken for the
#   base), B being a program class that makes instances. But a subscript of a PROGRAM class runs the
#   program's own __class_getitem__, which may return anything: here an object whose type becomes the
#   metaclass. K's call is P.__call__, not an instantiation. maybe_class(k) is false, so sys.argv maps to
#   g's parameter 1 (none) and x = "the receiver" is never seen taking sys.argv.
# family: "a parameter-position offset decided by guessing the receiver kind" (25k..25r): here the
#   guess "C(...) is an instance of C" trusts that a subscripted base is its subscript's value.
# principle: a base written `X[...]` is X only when X is a library generic (typing.Generic/Protocol,
#   builtin containers) whose __class_getitem__/__mro_entries__ is the library's; a subscript of a
#   program class (or any class the program could give __class_getitem__) is an arbitrary value, so the
#   class statement's metaclass and call are unknown: not makes_instances, not closed, not named_base.
#   (More generally: the class statement's actual metaclass is type(first base); any base expression
#   that is not a plain class name may make the "class" an instance of anything.)
import logging
import sys
import unittest


class B:
    def __class_getitem__(cls, item):
        return P()

    def g(x):
        x.append("logging.os.environ")
        return 0


class P:
    def __init__(self, *a):
        self.a = a

    def __call__(self):
        return B


class K(B[0]):
    pass


k = K()
k.g(sys.argv)
print(sys.argv)
unittest.main(exit=False)
