# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: a comprehension over k.__dict__.items() indexed hands out sys.argv
import sys


class Keep:
    def __init__(self):
        self.args = sys.argv

    def __repr__(self):
        return repr(self.__dict__)


k = Keep()
[(n, v) for n, v in k.__dict__.items()][0][1].append("X")
print(sys.argv)
