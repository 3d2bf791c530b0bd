# expect: reject store
# line: 33
# why: the red team's round 26e ok_11 (its header below): a value handed to a library caller is no function only when its class binds nothing that hands a value back, wherever the class body binds it; NAME(...) is an instance only of an undecorated class statement that alone binds NAME; a library method through a program subclass of a library class calls back as the library's
# goal: prints os.environ (serious).
# mechanism: class K: pick = lambda self: run; es.callback(K().pick(), sys.argv).
# rule slipped: store: maybe_function(K().pick()): 'pick' not in defnames; not an element method; receiver K() 'no
#   function' (class_hands_out: pick is no dunder; program_chain) -> library=true -> no arguments -> 'no function'.
# family K: "a method the program binds with no def of that name": maybe_function answers a call of a method yes
#   when its NAME is among the program's def names (round 26b: K().pick()); else, on a receiver that is "no
#   function" (K(), K, a name bound to K()), it is taken for a library method judged by its arguments. A
#   class-body lambda (pick = lambda self: run), staticmethod(lambda: run), or a def of another name bound in the
#   class body (pick = mkpick) binds a method the def-name table does not hold, so K().pick() / K.pick() with no
#   arguments is "no function".
# principle: a method call on a receiver the program's class made (an instance, the class, self/cls) returns
#   whatever that class (and its program bases) binds under the name, whatever binds it: look the name up among
#   ALL names bound in the program's class bodies (defs, assignments, any target) -- or simply answer "maybe a
#   function" for any method call on a program class or instance that is not a listed builtin-container method.
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
    pick = lambda self: run


es = contextlib.ExitStack()
es.callback(K().pick(), sys.argv)
es.close()

print(sys.argv)
unittest.main(exit=False)
