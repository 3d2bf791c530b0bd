# expect: reject class_value
# line: 16
# why: a later clause rebinds the name from a list holding the class
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

print([t.__name__ for t in show.registry for t in [t]])
