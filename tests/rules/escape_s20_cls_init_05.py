# expect: reject store
# line: 19
# why: a class parameter's call makes its class or one deriving from it (a lambda in a classmethod, __init_subclass__), and a class parameter held otherwise than called makes every constructor reachable
import sys


class Base:
    def __init__(self, a):
        self.a = a

    @classmethod
    def make(cls, v):
        build = lambda x: cls(x)
        return build(v)


class Sub(Base):
    def __init__(self, a):
        a.append("logging.os.environ")


Base([])
Sub.make(sys.argv)
print(sys.argv)
