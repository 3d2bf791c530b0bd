# expect: reject class
# why: max the program defines is no builtin: it receives the enum class itself and may call its functional API with a dict the checker cannot judge
# line: 15
from enum import Enum


class Color(Enum):
    RED = 1


def max(c):
    return c("Made", {"RED": 1})


print(max(Color))
