# expect: reject store
# line: 11
# why: the red team's own variant of round 26m (a constructor stores a function in self; attrgetter reads it back) (its header below): a reader by name (attrgetter, itemgetter, methodcaller) handed on returns whatever the object binds, holds or answers under that name; an instance holds what its class's methods store into its attributes when code reads them by name
import contextlib
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class K:
    def __init__(self):
        self.f = run


h = K()
es = contextlib.ExitStack()
es.callback(operator.call(operator.attrgetter("f"), h), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
