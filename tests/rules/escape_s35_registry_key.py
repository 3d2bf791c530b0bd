# expect: reject class_value
# line: 16
# why: the class as a dict key: the dict keeps it and hands it to the other keys'\'' __eq__
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

print({t: t.__name__ for t in show.registry})
