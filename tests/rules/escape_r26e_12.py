# expect: reject store
# line: 31
# why: the red team's round 26e ok_12 (its header below): a value handed to a library caller is no function only when its class binds nothing that hands a value back, wherever the class body binds it; NAME(...) is an instance only of an undecorated class statement that alone binds NAME; a library method through a program subclass of a library class calls back as the library's
# goal: prints os.environ (serious).
# mechanism: class K: _x = __floor__ = lambda self: run; es.callback(math.floor(K()), sys.argv).
# rule slipped: store: chain_value_dunder reads the 'left' of the top assignment only (_x, no dunder); the chained
#   target __floor__ sits in the nested 'right' assignment and is never read.
# family G: "a dunder bound somewhere chain_value_dunder does not look": chain_value_dunder (round 26d) scans only the
#   DIRECT children of the class body, and only `def NAME` or the FIRST target of `NAME = ...` there; a def nested in
#   an if/try/with/for block of the class body, a walrus, or a later target of a chained assignment binds a class
#   attribute all the same, so K() is judged "no function".
# principle: ask for the class namespace, not the body's top statements: every name any statement of the class body
#   binds (at any nesting inside the class scope: def, every target of every assignment, walrus, for/with/except
#   targets, import-as, match captures) -- reuse the scope table's bindings for the class scope; or default-deny:
#   a class whose body holds anything but plain defs and constant assignments hands out.
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
    _x = __floor__ = lambda self: run


es = contextlib.ExitStack()
es.callback(math.floor(K()), sys.argv)
es.close()

print(sys.argv)
unittest.main(exit=False)
