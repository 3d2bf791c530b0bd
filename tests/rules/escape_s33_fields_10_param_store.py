# expect: reject store
# line: 11
# why: a Field handed to the program's function and written there
from dataclasses import dataclass, fields
@dataclass
class B:
    x: int = 1
fs = list(fields(B))
f = fs[0]
def put(o, v):
    o.name = v
put(f, "x=1):#")
