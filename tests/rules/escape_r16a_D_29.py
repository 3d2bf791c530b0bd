# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: dict(self.__dict__) returned by a subclass's method hands out sys.argv
import sys


class Keep:
    def __init__(self):
        self.args = sys.argv


class Sub(Keep):
    def grab(self):
        return dict(self.__dict__)


Sub().grab()["args"].append("X")
print(sys.argv)
