# expect: reject store
# line: 10
# why: family of round 39b ok_01: the subclass stores gauss_next from a method's parameter
import random
import sys


class R(random.Random):
    def load(self, box):
        self.gauss_next = box


r = R()
r.load((sys.argv,))
names = r.gauss((), 1)[0]
print(names is sys.argv)
names.append("x")
