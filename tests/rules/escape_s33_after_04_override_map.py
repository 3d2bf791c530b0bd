# expect: reject store
# line: 14
# why: a program subclass overriding map calls its callable with an argument before it: the program's def is followed, not the library's order
import sys
from concurrent.futures import ThreadPoolExecutor


class P(ThreadPoolExecutor):
    def map(self, a, f):
        return f(a)


def grab(x):
    x.append("pwn")


P().map(sys.argv, grab)
print(sys.argv)
