# expect: reject module_attribute
# line: 15
# why: the imported spelling of round 61's register hole: a name imported once from an allowed module is no class when the attribute is text (from sys import byteorder)
import functools
from sys import byteorder

little = "(print(__import__('os').environ), int)[1]"


@functools.singledispatch
def show(value):
    return repr(value)


@show.register
def _(value: byteorder):
    return str(value)


print(show(1))
