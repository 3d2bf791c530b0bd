# expect: reject store
# line: 13
# why: round 29b's family: an unpacking in an Enum body binds members (B, C = sys.argv, 2)
import enum
import sys


class E(enum.Enum):
    B, C = sys.argv, 2


names = E["B"].value
names.append("x")
print(sys.argv)
