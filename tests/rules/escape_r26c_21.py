# expect: reject store
# line: 18
# why: the red team's round 26c ok_21 (its header below): an instance of a program class handed to library code hands back what it holds (a list or dict base, a program __getitem__ or __iter__), and a defaultdict holds its other arguments' values: either may be the callable a library caller is given
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: class K: def __iter__(self): yield run; es.callback(statistics.mode(K()), sys.argv).
# rule slipped: store: maybe_function(statistics.mode(K())) -> module function, its only argument K() 'no function'.
# family C (see ok_01): K() of a program class with no own constructor is "no function" to maybe_function, so
#   a library function that hands back an element of it (statistics.mode iterates it) is "no function" too --
#   here K is a plain class whose __iter__ (a generator: program code) yields the def. Principle: as ok_01.
import contextlib
import logging
import statistics
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class K:
    def __iter__(self):
        yield run


es = contextlib.ExitStack()
es.callback(statistics.mode(K()), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
