# expect: reject module_attribute
# why: singledispatch: an annotation that is a name bound to a string is eval()ed too
# line: 14
from functools import singledispatch


@singledispatch
def f(x):
    return "default"


T = "__import__('os').system('id') or int"

@f.register
def _(x: T):
    return "int"
