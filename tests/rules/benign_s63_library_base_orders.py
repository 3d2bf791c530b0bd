# expect: accept
# why: the honest neighbours of round 93's base order: str and int before an Enum (enum's bases are markers), two builtin exceptions, a dict with typing.Generic, abc.ABC after a library class, a single library base
import abc
import collections
import enum
import typing
from collections import Counter, OrderedDict


class Color(str, enum.Enum):
    RED = "r"


class Num(int, enum.Enum):
    ONE = 1


class Perm(enum.IntFlag):
    R = 4


class NotFound(ValueError, KeyError):
    pass


T = typing.TypeVar("T")


class Box(dict, typing.Generic[T]):
    pass


class Shape(abc.ABC):
    pass


class Tally(Counter):
    pass


class Mine(collections.UserList, abc.ABC):
    pass


class Err(Exception, abc.ABC):
    pass


class Recent(OrderedDict):
    pass


print(Color.RED, Num.ONE, Perm.R, NotFound, Box(), Tally("aab"), Mine([1]), Recent())
