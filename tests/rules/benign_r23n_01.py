# expect: accept
# why: honest look-alikes of round 23n: an Enum whose __init__ keeps its member's value, a dataclass rebuilt with dataclasses.replace, a ChainMap merged with | and a dict literal, a UserList subclass added to a list, json.dumps with a JSONEncoder subclass, a class docstring read
import collections
import dataclasses
import enum
import json


class Planet(enum.Enum):
    MERCURY = (3.3e23, 2.44e6)
    EARTH = (5.97e24, 6.37e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Tags(collections.UserList):
    """Tags kept in order."""


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)


p = dataclasses.replace(Point(1, 2), y=5)
merged = collections.ChainMap({"a": 1}) | {"b": 2}
tags = Tags(["x"]) + ["y"]
print(Planet.EARTH.mass, p, dict(merged), list(tags), Tags.__doc__,
      json.dumps({"s": {2, 1}}, cls=SetEncoder))
