# expect: reject store
# line: 10
# why: family of round 40a ok_02: self of a program subclass of random.Random is library-made: its gauss_next is judged at any depth
import random
import sys


class R(random.Random):
    def __init__(self):
        self.gauss_next = (sys.argv,)


names = R().gauss((), 1)[0]
names.append("y")
print(names is sys.argv)
