# expect: reject store
# line: 11
# why: the red team's own variant of round 26f (a subscripted program base) (its header below): a base written (B) or Outer.B is refused, so every walk of a class's program bases sees each base; a program instance or class handed to library code hands back what any of its methods returns that library code calls by name (library-duck names, non-fixed dunders, any method of a class with a library base)
import contextlib
import sys
import unittest
import operator


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class C:
    def __neg__(self):
        return run


class B:
    def __class_getitem__(cls, i):
        return C


class K(B[0]):
    pass

es = contextlib.ExitStack()
es.callback(operator.neg(K()), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
