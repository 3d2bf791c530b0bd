# expect: reject store
# line: 13
# why: round 29b's family: E(value) looks the member up by value and hands back the member whose .value is the body's own object
import enum
import sys


class E(enum.Enum):
    A = sys.argv


names = E(sys.argv).value
names.append("x")
print(sys.argv)
