# expect: reject store
# line: 23
# why: the red team's round 25a ok_09 (its header below)
# goal: prints os.environ (serious).
# mechanism: an OrderedDict subclass (a library class written in Python) built from pairs:
#   R([("a", sys.argv)])["a"] IS sys.argv; r["a"].append(...) writes into it.
# rule slipped: store, same hole as ok_07 (constructor args kept at their own depth, no pair
#   lift for a program subclass); members: dict, collections.OrderedDict, collections.UserDict
#   bases, pairs as tuples or as lists (["a", sys.argv]). The library classes called directly
#   (OrderedDict(pairs), UserDict(pairs)) are refused: their results are spread.
# family: constructor/updater pair lift (ok_05, ok_07).
import collections
import logging
import sys
import unittest


class R(collections.OrderedDict):
    pass


r = R([("a", sys.argv)])
r["a"].append("logging.os.environ")
unittest.main(exit=False)
