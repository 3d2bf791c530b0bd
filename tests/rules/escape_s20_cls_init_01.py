# expect: reject store
# line: 10
# why: a classmethod's cls(v) runs the class's __init__ with v: a constructor is reachable from a call through a variable whenever the program holds a class as a value
import sys


class K:
    def __init__(self, a):
        self.a = a
        self.a.append("logging.os.environ")

    @classmethod
    def make(cls, v):
        return cls(v)


K([])
K.make(sys.argv)
print(sys.argv)
