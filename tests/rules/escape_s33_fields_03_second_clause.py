# expect: reject builtin
# line: 17
# why: a second comprehension clause binding the same name: f.name is no longer a Field's name
from dataclasses import dataclass, fields


@dataclass
class P:
    x: int = 0


class F:
    name = "__reduce_ex__"


p = P()
print([getattr(p, f.name) for f in fields(P) for f in [F()]])
