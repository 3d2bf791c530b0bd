# expect: reject store
# line: 17
# why: plain_sort: a class's __getattr__ answers any attribute, sort among them, with a def of the program's that calls key with a module's object; sort is then no list's, and g's parameter takes anything
import sys


def f(key):
    key(sys.argv)


class Any:
    def __getattr__(self, name):
        return f


def g(x):
    x.append("logging.os.environ")


Any().sort(key=g)
print(sys.argv)
