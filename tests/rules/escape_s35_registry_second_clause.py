# expect: reject class_value
# line: 16
# why: a later clause iterates what a method of the class answers
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

print([m for t in show.registry if t is not type for m in t.mro()])
