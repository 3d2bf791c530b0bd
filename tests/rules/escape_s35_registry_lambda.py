# expect: reject class_value
# line: 16
# why: a lambda closing over the class carries it out of the comprehension
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

makers = [lambda: t for t in show.registry]
print(makers[-1]()("K", (), {}))
