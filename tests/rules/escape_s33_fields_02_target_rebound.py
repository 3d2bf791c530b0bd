# expect: reject builtin
# line: 15
# why: the loop target over fields() rebound in the body is a computed name again
from dataclasses import dataclass, fields


@dataclass
class P:
    x: int = 0


names = ["__class__"]
p = P()
for f in fields(P):
    f = type("F", (), {"name": names[0]})
    print(getattr(p, f.name))
