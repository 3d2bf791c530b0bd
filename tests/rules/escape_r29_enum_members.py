# expect: reject store
# line: 13
# why: round 29b's family: E.__members__['A'].value is the body's own object
import enum
import sys


class E(enum.Enum):
    A = sys.argv


names = E.__members__["A"].value
names.append("x")
print(sys.argv)
