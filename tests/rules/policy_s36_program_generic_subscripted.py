# expect: reject class
# line: 14
# why: the cost of round 60's rule: an honest generic class of the program subscripted as a base (IntBox(Box[int])) is refused; class IntBox(Box) makes the same class at run time
import typing

T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, item: T):
        self.item = item


class IntBox(Box[int]):
    pass


print(IntBox(3).item)
