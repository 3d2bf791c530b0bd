# expect: reject module_attribute
# why: singledispatch: functools.wraps below @f.register copies another function's string annotations
# line: 18
import functools
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



def g(x: "__import__('os').system('id') or int"):
    pass


@f.register
@functools.wraps(g)
def _(x):
    return "g"
