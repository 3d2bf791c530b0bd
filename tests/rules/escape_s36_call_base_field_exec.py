# expect: reject class
# line: 18
# why: a call base launders dataclasses.Field objects into a mixin's get; a renamed field makes @dataclass exec code on a subclass, running id (round 61)
import collections
import dataclasses


class Mixin:
    def get(self, key, default=None):
        key.name = "x=print(__import__('os').system('id'))):#"
        return 0


def pick():
    return Mixin


class Tally(pick(), collections.Counter):
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
