# expect: reject class
# why: max(C, D) compares two classes and answers one of them: only a sole positional enum class is iterated
# line: 15
from enum import Enum


class Color(Enum):
    RED = 1


class Shade(Enum):
    DARK = 1


print(max(Color, Shade, key=id))
