# expect: reject store
# line: 14
# why: round 29a's family: unpacking a NamedTuple instance (from typing import NamedTuple) hands out its class-body defaults
import sys
from typing import NamedTuple


class P(NamedTuple):
    x: list = sys.argv
    y: int = 0


(names, _) = P()
names.append("written")
print(sys.argv)
