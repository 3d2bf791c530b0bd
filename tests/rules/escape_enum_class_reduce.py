# expect: reject class
# why: functools.reduce is no iterating builtin of the list: a library function taking the enum class is refused as before
# line: 12
import functools
from enum import Enum


class Color(Enum):
    RED = 1


print(functools.reduce(lambda a, b: a, Color))
