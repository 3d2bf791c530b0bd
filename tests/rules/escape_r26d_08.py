# expect: reject store
# line: 34
# why: the red team's round 26d ok_08 (its header below): library code hands back what a program dunder returns (math.floor, operator.neg, copy.copy): any dunder but the fixed-type ones hands out
# goal: prints os.environ (serious).
# mechanism: operator.lt(K(), 1) with __lt__ returning run (operator.eq/__eq__ likewise: rich comparisons return any object).
# rule slipped: store: as ok_06 (a comparison_operator node is 'no function' too, but this is a call).
# family E: "a library function that calls a program DUNDER and hands back what it returns": maybe_function
#   judges a library call by its arguments, and a program-class instance K() (no base, no own constructor)
#   as an argument is "no function" unless class_hands_out finds one of its listed methods (__getitem__,
#   __iter__, __next__, __getattr__, __missing__, __call__, __get__, keys/values/items/get/pop, __enter__, ...).
#   The data model has many more dunders whose result the library returns unchanged: operator.* (every
#   operator and comparison dunder: __neg__, __invert__, __add__, __or__, __matmul__, __lt__, __eq__),
#   math.floor/ceil/trunc (__floor__/__ceil__/__trunc__), copy.copy/deepcopy (__copy__/__deepcopy__),
#   functools.reduce(operator.X, ...). The round-26b operator test (program_operators) is applied to WRITTEN
#   operators only (`-K()` is caught; operator.neg(K()) is not); builtins abs/round/sum/dir are caught
#   (elsewhere) but their module twins are not.
# principle: a program class with ANY dunder that returns a value (every def whose name is a dunder but
#   the constructors/__init_subclass__/__set_name__) hands out; class_hands_out must be a deny-list of the
#   dunders that cannot return an arbitrary object (__len__, __bool__, __hash__, __index__, __int__, ...),
#   not an allow-list of the ones that can; cheaper: K() is "no function" only when K (and its program
#   bases) define no method at all that returns a non-constant.
# verify:  --rules  THIS -> exit 0; /usr/bin/python3 THIS -> environ({...}) in the TypeError (or the proof line).
import contextlib
import logging
import math
import operator
import random
import sys
import types
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class K:
    def __lt__(self, o):
        return run


es = contextlib.ExitStack()
es.callback(operator.lt(K(), 1), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
