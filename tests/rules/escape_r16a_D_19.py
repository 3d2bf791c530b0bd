# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: f(**vars(k)) with def f(**kw): kw[name] hands out sys.argv, stored as self.args
import sys
import logging


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
def f(**kw):
    kw["args"].append("X")


f(**vars(k))
print(sys.argv)
