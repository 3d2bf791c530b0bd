# expect: reject class_value
# line: 16
# why: a lambda default binds the class
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

fs = [(lambda k=t: k) for t in show.registry]
print(fs[-1]()("K", (), {}))
