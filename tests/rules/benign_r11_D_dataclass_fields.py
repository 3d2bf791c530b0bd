# expect: accept
# why: eleventh red team (11a), family D: dataclass and NamedTuple fields with ordinary names (reader, fmt, text, registry_name), asdict/astuple/replace and class patterns on them stay accepted

import collections
import dataclasses
import typing


@dataclasses.dataclass
class Record:
    text: str = ""
    reader: str = "csv"
    fmt: str = "{:>8}"
    registry_name: str = dataclasses.field(default="main")


class Point(typing.NamedTuple):
    x: int
    y: int


Pair = collections.namedtuple("Pair", "left right")

r = Record("hello")
print(dataclasses.asdict(r), dataclasses.astuple(r))
print(dataclasses.replace(r, text="bye"))
p = Point(1, 2)
print(p.x + p.y, p._asdict())
match r:
    case Record(text, reader):
        print(text, reader)
print(Pair(1, 2).left, "{:>4}".format(r.text))
