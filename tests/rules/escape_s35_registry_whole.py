# expect: reject class_value
# line: 16
# why: the class itself as the comprehension's element: the list holds the builtin type (registered by annotation), then called with three arguments
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

kinds = [t for t in show.registry]
print(kinds[-1]("K", (), {}))
