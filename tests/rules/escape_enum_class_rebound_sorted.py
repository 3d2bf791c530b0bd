# expect: reject class
# why: the iterating builtins already allowed (sorted, list...) are taken only when the program never binds their names
# line: 13
from enum import Enum


class Color(Enum):
    RED = 1


sorted = lambda c: c("Made", {"RED": 1})

print(sorted(Color))
