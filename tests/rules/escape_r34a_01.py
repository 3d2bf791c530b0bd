# expect: reject store
# line: 41
# why: round 34a ok_01: re.escape(S()) is S.translate(...) with translate bound by a class body's assignment to a module-level def: what a text module's function hands back of a method is any escaping function's return and any value bound under a library-duck name otherwise than by a def (method_returns_mask)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: round 33b ok_02 (re.escape(S) is S.translate(...) handed back
#   as it is) with the method bound by an ASSIGNMENT in the class body instead
#   of a def statement there: `translate = tr` where tr is a module-level def
#   (variant, also accepted and verified: `translate = lambda self, t: sys.argv`).
#
# Why the checker missed it: the round-33 fix METHOD_RETURNS ("()(method)",
#   stores.c ~4957) is fed only from return/yield statements whose enclosing
#   function_definition sits DIRECTLY in a class body block
#   (stack[up] == block && stack[up-1] == class_definition).  A def at module
#   level that a class attribute names, or a lambda (the loop breaks at
#   lambdas, and lambdas have no return statement), never adds to it.  So
#   call_mask0_as()'s `part |= key_mask(s, METHOD_RETURNS, 0)` for the
#   text_callee re.escape adds nothing, builds_new() is true for "re", and
#   `names` is taken for a new str.  (Direct calls S().join() with join = tr
#   are refused: the method-call path follows class attributes; only the
#   library-calls-a-duck-method path reads METHOD_RETURNS.)
#   Fix: feed METHOD_RETURNS from every def/lambda any class-body binding
#   names (or simply from every function's returns: "()*").
import logging  # unittest resolves "logging.os.environ" from __main__
import re
import sys
import unittest


def tr(self, table):
    return sys.argv


class S(str):
    translate = tr


names = re.escape(S("a"))
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
