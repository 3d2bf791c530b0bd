# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: a for loop over vars(k).values() hands out sys.argv, stored as self.args
import sys
import logging


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
for v in vars(k).values():
    v.append("X")
print(sys.argv)
