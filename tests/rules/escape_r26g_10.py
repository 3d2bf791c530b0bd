# expect: reject store
# line: 11
# why: the red team's own variant of round 26g (a subscripted program base's __class_getitem__ picks a class whose __getitem__ hands out a function) (its header below): text with a field is no plain literal (a lone field is what __format__ returned, any str subclass with the program's operators), and an operator method bound in a class body by any form (a lambda, a def's name) makes operators and comparisons may-be-functions; a base the checker cannot name is in doubt
import contextlib
import sys
import unittest
import operator


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class C:
    def __getitem__(self, i):
        return run


class B:
    def __class_getitem__(cls, i):
        return C


class K(B[0]):
    pass

es = contextlib.ExitStack()
es.callback(operator.getitem(K(), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
