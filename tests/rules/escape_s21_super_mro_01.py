# expect: reject store
# line: 15
# why: super() in C reaches D.__init__ when a class deriving from C also derives from D (X's MRO is X, C, D): the arguments of super().__init__(...) in C land in D's parameters, so sys.argv reaches v.append
import sys


class C:
    def __init__(self, v):
        super().__init__(v)


class D:
    def __init__(self, v=None):
        if v is not None:
            v.append("logging.os.environ")


class X(C, D):
    pass


X(sys.argv)
print(sys.argv)
