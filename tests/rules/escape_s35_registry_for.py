# expect: reject module_attribute
# line: 16
# why: a for statement: its target is a variable of the enclosing scope
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

for t in show.registry:
    last = t
print(last("K", (), {}))
