# expect: reject store
# line: 13
# why: round 29a's family: iterating a NamedTuple instance hands out its class-body defaults
import sys
import typing


class P(typing.NamedTuple):
    x: list = sys.argv


for v in P():
    v.append("written")
print(sys.argv)
