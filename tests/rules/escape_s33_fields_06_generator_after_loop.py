# expect: reject builtin
# line: 18
# why: a generator expression inside the loop reads the target when it runs, after the loop, when the name may hold anything
from dataclasses import dataclass, fields


@dataclass
class P:
    x: int = 0


class F:
    name = "__reduce_ex__"


p = P()
for f in fields(p):
    g = (getattr(p, f.name) for _ in [1])
f = F()
print(list(g))
