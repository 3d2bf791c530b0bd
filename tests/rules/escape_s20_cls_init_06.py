# expect: reject store
# line: 15
# why: a class parameter's call makes its class or one deriving from it (a lambda in a classmethod, __init_subclass__), and a class parameter held otherwise than called makes every constructor reachable
import sys


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls(sys.argv)


class Sub(Base):
    def __init__(self, a):
        a.append("logging.os.environ")


print(sys.argv)
