# expect: reject store
# line: 20
# why: the red team's round 25r ok_02 (its header below): the same Enum-class call kept in an attribute: instance_attribute asks the same proof of C(...)
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01 through an attribute: self.k = K("E", "A") (a member-less Enum called with a name and
#   member names returns a NEW CLASS E(K)); self.k.g(a) reads K's plain def g through that class, unbound:
#   g(x=sys.argv).
# rule slipped: store (stores.c maybe_class -> instance_attribute): every store of attribute `k` is
#   `X.k = K(...)` with instance_call(K(...)) true (class_sure, no __new__ def), so self.k is "an
#   instance" and the call maps sys.argv to g's parameter 1.
# family/principle: as ok_01 (a class call is an instance only when no library metaclass/base decides it).
import enum
import logging
import sys
import unittest


class K(enum.Enum):
    def g(x):
        x.append("logging.os.environ")
        return 0


class H:
    def __init__(self):
        self.k = K("E", "A")

    def run(self, a):
        self.k.g(a)
        return 0


H().run(sys.argv)
print(sys.argv)
unittest.main(exit=False)
