# expect: reject store
# line: 17
# why: a builtin's name bound to sys.stdin.readline in one function is still the builtin next in another: only calls in the binding function are taken as the module method's (module_alias_callee)
import sys


def g():
    next = sys.stdin.readline
    return next()


def h(it):
    return next(it)


box = h(iter([sys.argv]))
box.append("--pwned")
print(g(), sys.argv)
