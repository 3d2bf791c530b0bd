# expect: reject store
# line: 20
# why: round 47a near_02: a __new__ answering K(x) with x made K(sys.argv).append look like K's def; own_class_def now asks that no __new__ is named (the dunder rule refuses the __new__ too)
# near miss (refused: dunder at 7:9 and store at 14:1): own_instance_method (stores.c) takes K(x).m(...) as K's def m
# and wk_class_makes_instances ignores __new__; a __new__ returning its argument would make K(sys.argv).append a list's append,
# but the dunder rule on __new__ and the store rule both still refuse it.
import logging
import sys
import unittest


class K:
    def __new__(cls, x):
        return x

    def append(self, v):
        return None


K(sys.argv).append("logging.os.environ")
logging.info("x")
unittest.main(exit=False)
