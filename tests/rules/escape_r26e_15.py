# expect: reject store
# line: 32
# why: the red team's round 26e ok_15 (its header below): a value handed to a library caller is no function only when its class binds nothing that hands a value back, wherever the class body binds it; NAME(...) is an instance only of an undecorated class statement that alone binds NAME; a library method through a program subclass of a library class calls back as the library's
# goal: prints os.environ (serious).
# mechanism: class K with __class_getitem__ returning run; in a classmethod: es.callback(operator.getitem(cls, 0), sys.argv).
# rule slipped: store: maybe_function(cls): the first parameter of a classmethod is treated as the program's own object
#   (program_self / a class with library constructors) -> 'no function'; __class_getitem__ is in the fixed list anyway.
# family I/J: "a class object, or self/cls, handed to library code that runs its class-level or instance dunder":
#   the identifier branch of maybe_function answers a class name "no function" when its constructors are the
#   library's, and a method's first parameter (program_self) "no function" outright; class_hands_out and
#   chain_value_dunder are never asked for either, and the fixed list names __class_getitem__ as fixed-type
#   though it returns any object: operator.getitem(K, 0) / operator.getitem(cls, 0) run K.__class_getitem__,
#   operator.neg(self) / operator.getitem(self, 0) the instance's __neg__/__getitem__.
# principle: a value known to be the program's class or instance hands out what its hooks return: ask
#   class_hands_out (called=false) for a class name, for cls and for self (with every program class deriving
#   from the enclosing one), and drop __class_getitem__ (and __mro_entries__) from the fixed list.
# verify:  --rules  THIS -> exit 0; /usr/bin/python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest
import math
import operator
import functools
import copy
import random
import asyncio
import concurrent.futures


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class K:
    @classmethod
    def go(cls):
        es = contextlib.ExitStack()
        es.callback(operator.getitem(cls, 0), sys.argv)
        es.close()

    def __class_getitem__(cls, i):
        return run


K.go()

print(sys.argv)
unittest.main(exit=False)
