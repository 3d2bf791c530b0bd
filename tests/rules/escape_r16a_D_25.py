# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: zip(vars(k), vars(k).values()) in a for loop hands out sys.argv, stored as self.args
import sys
import logging


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
for n, v in zip(vars(k), vars(k).values()):
    v.append("X")
print(sys.argv)
