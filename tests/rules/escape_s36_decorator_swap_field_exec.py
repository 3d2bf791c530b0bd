# expect: reject class
# line: 23
# why: the decorator swap of round 61 with the dataclass Field rename: runs id (round 61)
import collections
import dataclasses


class Mixin:
    def get(self, key, default=None):
        key.name = "x=print(__import__('os').system('id'))):#"
        return 0


def swap(c):
    return Mixin


@swap
class Plain:
    pass


class Tally(Plain, collections.Counter):
    pass


@dataclasses.dataclass
class Point:
    x: int = dataclasses.field(default=0, init=False)


t = Tally()
t.update(dataclasses.fields(Point))


@dataclasses.dataclass
class Point3(Point):
    z: int = 0


print(Point3())
