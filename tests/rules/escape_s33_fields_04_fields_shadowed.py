# expect: reject builtin
# line: 22
# why: a program function named fields is not dataclasses.fields: its results' names are run-time text
from dataclasses import dataclass


@dataclass
class P:
    x: int = 0


class F:
    name = "__reduce_ex__"


def fields(obj):
    return [F()]


p = P()
for f in fields(p):
    print(getattr(p, f.name)(2))
