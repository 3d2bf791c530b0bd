# expect: accept
# why: eleventh red team (11b), family B: the namedtuple API on the program's and the library's namedtuples stays allowed, and a copy of _field_defaults is the program's

import collections
import typing
import urllib.parse


class Point(typing.NamedTuple):
    x: int
    y: int = 0


Pair = collections.namedtuple("Pair", "a b", defaults=[2])
p = Point(1)
q = Pair(1)
parts = urllib.parse.urlsplit("http://h/p?q=1")
defaults = dict(Point._field_defaults)
defaults["z"] = 3
print(p._asdict(), p._replace(x=5), Point._fields, q._fields, q._field_defaults, defaults,
      parts._fields, parts._replace(path="/x").geturl(), dict(parts._field_defaults))
