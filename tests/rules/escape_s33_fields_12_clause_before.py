# expect: reject builtin
# line: 17
# why: a read in a clause before the one over fields(), or with the name bound by two clauses, is a computed name
from dataclasses import dataclass, fields


@dataclass
class P:
    x: int = 0


class F:
    name = "__reduce_ex__"


p = P()
print([1 for g in [F()] if getattr(p, g.name) for f in fields(p)])
print([1 for f in [F()] if getattr(p, f.name) for f in fields(p)])
