# expect: accept
# why: decorator stacks honest programs write: library decorators that make their own wrapper (lru_cache, cache) above the program's, writers (final, abstractmethod, wraps) right above the def
import abc
import functools
import typing


def traced(f):
    @functools.wraps(f)
    def inner(*args):
        print("call", f.__name__, args)
        return f(*args)
    return inner


@functools.lru_cache(maxsize=None)
@traced
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Shape(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def sides():
        ...


class Square(Shape):
    @staticmethod
    @typing.final
    def sides():
        return 4


print(fib(5), Square.sides())
