# expect: reject store
# line: 13
# why: round 29b's family: a walrus in an Enum body binds a member too ([B := sys.argv]): every binding form of a class body is held by the class
import enum
import sys


class E(enum.Enum):
    [B := sys.argv]


names = E["B"].value
names.append("x")
print(sys.argv)
