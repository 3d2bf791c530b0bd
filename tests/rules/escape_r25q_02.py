# expect: reject store
# line: 18
# why: the red team's round 25q ok_02 (its header below): super(C, y) is bound to y, a class there hands out the plain function; enum looks _missing_ up on the class and calls it with the value first, whatever class holds the def
# goal: prints os.environ (serious), as ok_01.
# mechanism: super(K, a).g(sys.argv) in a plain method, a a (non-self) parameter given the class K:
#   unbound lookup in K's MRO past K finds B.g, called with x = sys.argv.
# rule slipped: store (stores.c instance_call): any `super(...)` call written in plain method code is
#   taken as an instance whatever its arguments; super_second() links edges only when the second
#   argument is the method's self parameter (self_param_def), here it is another parameter.
# family: receiver-kind guess (as ok_01). principle: as ok_01, judge super(C, y) by y.
import logging
import sys
import unittest


class B:
    def g(x):
        x.append("logging.os.environ")
        return 0


class K(B):
    def m(self, a):
        super(K, a).g(sys.argv)
        return 0


K().m(K)
print(sys.argv)
unittest.main(exit=False)
