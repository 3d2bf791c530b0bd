# expect: reject store
# line: 28
# why: the red team's round 25y ok_12 (its header below): a listed decorator called with what may be a callable returns it or wraps it: transparent only bare or with constant arguments
# goal: prints os.environ (serious), as ok_09.
# mechanism: @abc.abstractmethod(swap): abstractmethod returns its argument, so the decorator is swap.
# rule slipped: store (transparent_decorator lists abc.abstractmethod).
# family: "a decorator's product taken for the def" (25v/25w transparent_decorator) -- a listed decorator in CALL
#   form: transparent_decorator looks only at the call's function, never at its arguments.
# principle: a listed decorator is transparent only in the forms that keep the signature: bare (@lru_cache) or
#   called with arguments that are no callables (lru_cache(maxsize=N)/lru_cache(128), wraps(g) but with its
#   documented meaning); lru_cache/cache/final/abstractmethod/no_type_check/expectedFailure/staticmethod return
#   (a wrapper of) their argument, so `@D(g)` is `@g`: any call form with a positional argument that may be a
#   program callable is a program decorator (program_decorated_name true, decorator_args), or refuse it.
import abc
import functools
import logging
import sys
import typing
import unittest


def swap(f):
    def inner(a, b):
        return f(b, a)
    return inner


@abc.abstractmethod(swap)
def run(x, y):
    x.append("logging.os.environ")
    return 0


run(0, sys.argv)
print(sys.argv)
unittest.main(exit=False)
