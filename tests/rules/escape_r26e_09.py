# expect: reject store
# line: 29
# why: the red team's round 26e ok_09 (its header below): a value handed to a library caller is no function only when its class binds nothing that hands a value back, wherever the class body binds it; NAME(...) is an instance only of an undecorated class statement that alone binds NAME; a library method through a program subclass of a library class calls back as the library's
# goal: prints os.environ (serious).
# mechanism: class K: def __neg__(self): return run; def go(self): es.callback(operator.neg(self), sys.argv); K().go().
# rule slipped: store: maybe_function(operator.neg(self)): library call, its one argument self -> program_self -> 'no function'.
# family J: "self is the program's instance, so it is no function": maybe_function answers a name that is the
#   first parameter of a method of the program's class (program_self) "no function" outright ("a dunder's call"),
#   without asking the class what it hands out: inside a method, operator.neg(self) runs the class's __neg__,
#   operator.getitem(self, 0) its __getitem__, and both hand back run. The round-26c/26d tests (class_hands_out,
#   chain_value_dunder) are asked for K(...) and for names bound to it, never for self.
# principle: self is an instance of its class and of every class deriving from it: answer program_self with
#   class_hands_out of the enclosing class (and of any program class deriving from it, as they may override).
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
    def __neg__(self):
        return run

    def go(self):
        es = contextlib.ExitStack()
        es.callback(operator.neg(self), sys.argv)
        es.close()


K().go()

print(sys.argv)
unittest.main(exit=False)
