# expect: reject class
# line: 21
# why: a builtin's name the program rebinds is no builtin class: dict = Mixin makes dict[int] the program's Mixin under a subscript (round 60's family)
import collections
import sys
import typing

T = typing.TypeVar("T")


class Mixin(typing.Generic[T]):
    def get(self, key, default=None):
        if isinstance(key, list):
            key.append("x")
        return 0


dict = Mixin


class Tally(dict[int], collections.Counter):
    pass


try:
    Tally().update([sys.argv])
except TypeError:
    pass
print(sys.argv)
