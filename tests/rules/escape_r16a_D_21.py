# expect: reject store
# line: 23
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: a method returning self.__dict__.get(name) hands out sys.argv, stored as self.args
import sys
import logging


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
class K2:
    def __init__(self):
        self.args = sys.argv

    def grab(self):
        return self.__dict__.get("args")


K2().grab().append("X")
print(sys.argv)
