# expect: reject store
# line: 9
# why: Fields kept in a dict comprehension or unpacked into a list stay the class's own
from dataclasses import dataclass, fields
@dataclass
class B:
    x: int = 1
d = {f.name: f for f in fields(B)}
d["x"].name = "y"
g = [*fields(B)]
g[0].type = int
