# expect: reject store
# line: 13
# why: a program method named submit is the program's: it calls f with the argument before it
import sys


class Runner:
    def submit(self, a, f):
        return f(a)


def grab(x):
    x.append("pwn")


Runner().submit(sys.argv, grab)
print(sys.argv)
