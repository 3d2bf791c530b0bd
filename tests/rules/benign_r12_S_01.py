# expect: accept
# why: twelfth red team, family S: a singledispatch program that registers by annotation (type included) and asks f.dispatch(cls) which function serves a class stays accepted

import functools


@functools.singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: int):
    return "number"


@describe.register
def _(x: type):
    return "class"


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


print(describe(3), describe(int), describe([1, 2]), describe("s"))
print(describe.dispatch(int) is describe.dispatch(bool))
print(describe.dispatch(str) is describe.dispatch(object))
