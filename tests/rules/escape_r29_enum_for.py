# expect: reject store
# line: 14
# why: round 29b's family: a for target in an Enum body binds a member (for B in [sys.argv])
import enum
import sys


class E(enum.Enum):
    for B in [sys.argv]:
        pass


names = E["B"].value
names.append("x")
print(sys.argv)
