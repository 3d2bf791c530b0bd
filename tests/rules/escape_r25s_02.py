# expect: reject store
# line: 25
# why: the red team's round 25s ok_02 (its header below): the same with __class_getitem__ inherited and the value kept in an attribute
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01, with __class_getitem__ INHERITED from a base A of B (the subscripted name B has no
#   dunder of its own), and the "instance" kept in an attribute: self.k = K() in __init__, then
#   self.k.g(a) with a = sys.argv. K's "class" is a P instance (metaclass = type(B[0]) = P); K() is
#   P.__call__ and returns the class B, so self.k.g is the plain def g: g(x=sys.argv).
# rule slipped: store (stores.c maybe_class -> instance_attribute -> instance_call ->
#   wk_class_makes_instances): every store of attribute `k` is `X.k = K()` and K(...) is proved an
#   instance because the base `B[0]` is judged as B (a program class that makes instances).
# family/principle: as ok_01 (a subscripted base of a program class is an arbitrary value).
import logging
import sys
import unittest


class A:
    def __class_getitem__(cls, item):
        return P()


class B(A):
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


class H:
    def __init__(self):
        self.k = K()

    def run(self, a):
        self.k.g(a)
        return 0


H().run(sys.argv)
print(sys.argv)
unittest.main(exit=False)
