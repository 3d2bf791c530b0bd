# expect: reject class_value
# line: 16
# why: a class by value called inside the comprehension
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

print([t("K", (), {}) for t in show.registry if t is not object])
