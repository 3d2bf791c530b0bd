# expect: reject class_value
# line: 16
# why: a walrus binds the class to a name of the enclosing scope
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

print([u.__name__ for t in show.registry if (u := t) is not object])
print(u("K", (), {}))
