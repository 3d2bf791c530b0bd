# expect: reject store
# line: 28
# why: the red team's round 26c ok_13 (its header below): an instance of a program class handed to library code hands back what it holds (a list or dict base, a program __getitem__ or __iter__), and a defaultdict holds its other arguments' values: either may be the callable a library caller is given
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: es.callback(operator.getitem(collections.defaultdict(None, {'k': run}), 'k'), sys.argv).
# rule slipped: store: maybe_function(defaultdict(None, {...})) -> false by holds_only without looking at the mapping; operator.getitem's args then 'no function'.
# family C2 (sibling of ok_01): maybe_function's holds_only list (FunctionTestCase, Thread, Timer, defaultdict,
#   field) answers "no function" for the WHOLE call, on the belief that these only hold a callable they call
#   later with nothing -- but defaultdict(factory, MAPPING) also holds the mapping's values, handed back by
#   operator.getitem / random.choice / any element-returning function. No program class needed.
# principle: holds_only may skip only the factory/target slot; every other argument (defaultdict's mapping
#   or iterable and **kwargs, Thread's args/kwargs, Timer's args) must still be asked (any_arg_function).
#   And as in ok_01: element-returning library functions must never be judged by an allow-by-default rule.
import collections
import contextlib
import dataclasses
import functools
import json
import logging
import operator
import random
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


es = contextlib.ExitStack()
es.callback(operator.getitem(collections.defaultdict(None, {"k": run}), "k"), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
