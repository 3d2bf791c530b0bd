# expect: reject class_value
# line: 12
# why: Field.type as collections.Counter, whose copy read through the class takes any self (round 63)
import collections
import dataclasses
@dataclasses.dataclass
class P:
    x: collections.Counter = None
class Q:
    pass
for f in dataclasses.fields(P):
    t = f.type
    print(t.copy(Q))
