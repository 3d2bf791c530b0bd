# expect: reject store
# line: 32
# why: the red team's round 26e ok_20 (its header below): a value handed to a library caller is no function only when its class binds nothing that hands a value back, wherever the class body binds it; NAME(...) is an instance only of an undecorated class statement that alone binds NAME; a library method through a program subclass of a library class calls back as the library's
# goal: prints os.environ (serious).
# mechanism: class S(contextlib.ExitStack); class T(S); es = T(); T.callback(es, fs[0], sys.argv); es.close().
# rule slipped: store: as ok_14, two removes from the library class (through_library_class: T is no module path).
# family L: "a library method reached through a PROGRAM subclass of its class": round 26d's through_library_class
#   answers only a class named through a module path or a from-import (module_function + library-classes); written
#   S.callback(es, f, x) with `class S(contextlib.ExitStack): pass`, the receiver S is a program class: may_call_back
#   says "may call back" (callback is no container method), but the callable slot is taken at position 0 (es), the
#   `at++` shift and module_callable_arg's "any positional" are not applied, and the unnamed callable fs[0] at
#   position 1 is neither fanned nor linked; the unbound rule is silent because S is the program's.
# principle: a method reached through ANY class (program or library) whose chain reaches a library class takes its
#   receiver first: resolve C.m to the method m of C's MRO (the library base's when the program does not override
#   it) and shift the slots; more robustly, a call through a class with a library base at any remove whose method
#   name calls back is a caller with every positional a callable slot (default-deny).
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


fs = [run]


class S(contextlib.ExitStack):
    pass


class T(S):
    pass


es = T()
T.callback(es, fs[0], sys.argv)
es.close()

print(sys.argv)
unittest.main(exit=False)
