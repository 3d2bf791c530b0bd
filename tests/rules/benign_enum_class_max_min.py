# expect: accept
# why: max, min, sum, any and all iterate an enum class's members as list() and sorted() do, when the class is their only positional argument and the program never binds the builtin's name
from enum import Enum, IntEnum


class Level(IntEnum):
    GUEST = 0
    MEMBER = 1
    STAFF = 2


class Color(Enum):
    RED = 1
    GREEN = 2


print(max(Level).name, min(Level).name, sum(Level), any(Level), all(Level))
print(max(Color, key=lambda c: c.value).name, min(Color, key=lambda c: len(c.name)))
print(sorted(Level, reverse=True), len(Color))
