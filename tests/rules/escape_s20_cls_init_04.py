# expect: reject store
# line: 10
# why: a class parameter's call makes its class or one deriving from it (a lambda in a classmethod, __init_subclass__), and a class parameter held otherwise than called makes every constructor reachable
import sys


class K:
    def __init__(self, a):
        self.a = a
        self.a.append("logging.os.environ")

    @classmethod
    def factory(cls):
        return cls


K([])
f = K.factory()
f(sys.argv)
print(sys.argv)
