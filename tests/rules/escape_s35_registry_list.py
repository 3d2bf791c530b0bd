# expect: reject module_attribute
# line: 16
# why: the registry handed to list(): no comprehension judges its elements
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

print(list(show.registry)[-1]("K", (), {}))
