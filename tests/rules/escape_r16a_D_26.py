# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: dict(vars(k)).setdefault(name, []) hands out sys.argv, stored as self.args
import sys
import logging


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
dict(vars(k)).setdefault("args", []).append("X")
print(sys.argv)
