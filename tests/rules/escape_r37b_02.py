# expect: reject store
# line: 43
# why: round 37b ok_02: __getitem__ = functools.partial(g0) with g0 returning sys.argv: K()[0]
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv): the same
#          root cause as ok_01 reached with no library function at all -- the
#          interpreter's own protocols (subscript, unary minus, reversed()).
#
# Mechanism: a class body binds a protocol dunder to functools.partial(g0), g0
#   a module-level def returning sys.argv.  partial objects have no __get__, so
#   the interpreter's special-method lookup finds the partial itself and calls
#   it with the usual arguments minus self; partial(g0)(...) is g0(...), i.e.
#   sys.argv.  K()[0] (__getitem__), -K() (__neg__), reversed(K())
#   (__reversed__), abs(K()), round(K()), math.trunc(K()), K() + 1 all hand it
#   back (each checked under python3.11 and accepted by the checker).
#
# Why the checker missed it (analyzer/stores.c, the class-body binding branch
#   around "`__next__ = lambda self: d`, `__enter__ = f`: what it returns"):
#   for `NAME = value` with NAME a protocol dunder, a lambda's body or a def's
#   returns_key are aliased as what the protocol returns; any other value
#   ("`__getitem__ = box.__getitem__`: a bound method's") is aliased *as the
#   value itself* (alias_roots(proto_key(...), ..., lam, ...), and
#   OP_RETURNS likewise for operator dunders).  For a partial that value is a
#   callable object holding nothing of sys.argv: what calling it returns
#   (g0's returns_key) is never consulted.  `__neg__ = g0`, `= lambda`,
#   `= staticmethod(g0)`, `= [sys.argv].pop`, `= iter([sys.argv]).__next__` are
#   all refused; functools.partial(...) is not.
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


def g0(*ignored):
    return sys.argv


class K:
    __getitem__ = functools.partial(g0)


names = K()[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
