# expect: reject store
# line: 14
# why: str is the program's class here, so str.maketrans is the program's function
import sys


class str:
    @staticmethod
    def maketrans(a, b):
        return sys.argv


T = str.maketrans("a", "b")
T.append("pwned")
print(sys.argv)
