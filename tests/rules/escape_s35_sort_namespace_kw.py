# expect: reject store
# line: 13
# why: plain_sort: types.SimpleNamespace(sort=f) makes sort an attribute holding a def that calls key with a module's object; a keyword named sort is a binding of the name
import sys
import types


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


types.SimpleNamespace(sort=f).sort(key=g)
print(sys.argv)
