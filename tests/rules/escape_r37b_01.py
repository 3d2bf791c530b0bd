# expect: reject store
# line: 38
# why: round 37b ok_01: __floor__ = functools.partial(next, iter([sys.argv])) in a class body: a protocol method bound to a callable object answers what calling it returns (held_callable_binding: EV_CALLEE, EV_ESC)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: math.floor(x) (a function of a "text module", so builds_new trusts
#   it to build a new number) looks the protocol method __floor__ up on x's class
#   and hands back whatever it returns, as it is.  Here the class body binds
#   __floor__ to a functools.partial object (no def, no lambda): partial has no
#   __get__, so the lookup yields the partial itself, math.floor calls it with no
#   argument, and partial(next, iter([sys.argv]))() is sys.argv.
#
# Why the checker missed it (analyzer/stores.c):
#   builds_new() returns true for every function of text_module("math") (only
#   math.prod is in hands_back()), so math.floor(K()) is taken for a new value.
#   What a text-module function may hand back of the program's methods is added
#   by method_returns_mask(): METHOD_RETURNS (returns of defs in class bodies),
#   and duck_bound_keys() for names bound otherwise -- but only names listed in
#   library-duck-calls.txt, which holds no dunder: the class-body binding
#   `__floor__ = functools.partial(...)` is in none of them (a lambda or a def
#   bound there IS followed: `__floor__ = lambda self: sys.argv` and
#   `__floor__ = g` are refused).  Same with `functools.partial(g0)` over a def
#   returning sys.argv.
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import math
import sys
import unittest


class K:
    __floor__ = functools.partial(next, iter([sys.argv]))


names = math.floor(K())
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
