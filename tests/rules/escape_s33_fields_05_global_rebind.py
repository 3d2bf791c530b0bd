# expect: reject builtin
# line: 24
# why: a loop target declared global elsewhere can be rebound by a function the body calls
from dataclasses import dataclass, fields


@dataclass
class P:
    x: int = 0


class F:
    name = "__reduce_ex__"


def swap():
    global f
    f = F()


p = P()
for f in fields(p):
    swap()
    print(getattr(p, f.name)(2))
