# expect: accept
# why: honest decorator stacks (seventh red team, family W): functools.wraps
#   right above the wrapper's def, under other decorators; typing.overload as
#   the outermost decorator, over staticmethod and abc.abstractmethod, followed
#   by the implementation.
import abc
import functools
import typing
from functools import wraps


def logged(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return inner


def counted(func):
    calls = [0]

    @functools.lru_cache(maxsize=None)
    @wraps(func)
    def inner(n):
        calls[0] += 1
        return func(n)

    return inner


@logged
@functools.lru_cache(maxsize=None)
def square(n):
    return n * n


@counted
def cube(n):
    return n * n * n


class Shape(abc.ABC):
    @typing.overload
    @abc.abstractmethod
    def scale(self, k: int) -> "Shape": ...

    @typing.overload
    @abc.abstractmethod
    def scale(self, k: float) -> "Shape": ...

    @abc.abstractmethod
    def scale(self, k):
        ...


class Conv:
    @typing.overload
    @staticmethod
    def parse(s: str) -> int: ...

    @typing.overload
    @staticmethod
    def parse(s: bytes) -> int: ...

    @staticmethod
    def parse(s):
        return int(s)


@typing.overload
def double(x: int) -> int: ...


@typing.overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(square(4), square.__name__, cube(3), cube.__name__)
print(Conv.parse("12"), double(2), double("ab"))
