# expect: accept
# why: fifteenth red team (round 15a), family G: a program generic class subscripted and called (Box[int](3), IntBox = Box[int]), a Counter subclass's instances copied, list[Tally] in an annotation
import collections
import typing

T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, v: T):
        self.v = v

    def get(self) -> T:
        return self.v


class Tally(collections.Counter):
    def top(self):
        return self.most_common(1)


IntBox = Box[int]
b = IntBox(3)
c = Box[str]("x")
t = Tally("abca")
u = t.copy()


def first(xs: list[Tally]) -> Tally:
    return xs[0]


print(b.get(), c.get(), u.top(), first([t]).top())
