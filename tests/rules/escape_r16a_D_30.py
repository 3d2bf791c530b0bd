# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: vars() of a dataclass whose field holds sys.argv hands out sys.argv
import sys
from dataclasses import dataclass, asdict


@dataclass
class Keep:
    args: list


k = Keep(sys.argv)
vars(k)["args"].append("X")
print(sys.argv)
