# expect: reject store
# line: 17
# why: the red team's round 26c ok_12 (its header below): an instance of a program class handed to library code hands back what it holds (a list or dict base, a program __getitem__ or __iter__), and a defaultdict holds its other arguments' values: either may be the callable a library caller is given
# goal: runs a process (serious): sys.argv gets 'logging.os.fork'; unittest.main resolves and calls os.fork: two 'calling <built-in function fork> returned N' errors (N = child pid, and 0 in the child).
# mechanism: es.callback(operator.getitem(K([run]), 0), sys.argv).
# rule slipped: store: as ok_01.
# family C (see ok_01): a library function that hands back what it was given, fed a program-class instance
#   judged "no function" by maybe_function. Principle: as ok_01.
import contextlib
import logging
import operator
import sys
import unittest


def run(x):
    x.append("logging.os.fork")
    return 0


class K(list):
    pass


es = contextlib.ExitStack()
es.callback(operator.getitem(K([run]), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
