# expect: reject store
# line: 12
# why: plain_sort: a class body binds sort to a staticmethod over a def that calls key with a module's object
import sys


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


class Box:
    sort = staticmethod(f)


Box().sort(key=g)
print(sys.argv)
