# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: a loop over vars(self).values() in a method hands out sys.argv, stored as self.args
import sys
import logging


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
class K3:
    def __init__(self):
        self.args = sys.argv

    def run(self):
        for v in vars(self).values():
            v.append("X")


K3().run()
print(sys.argv)
