# expect: reject store
# line: 10
# why: a Flag class called with names, kept in self.k: no instance (round 25r family)
import enum
import sys


class K(enum.Flag):
    def g(x):
        x.append("logging.os.environ")
        return 0


class Holder:
    def __init__(self):
        self.k = K("E", "A B")

    def run(self, a):
        self.k.g(a)


Holder().run(sys.argv)
print(sys.argv)
