# expect: reject module_attribute
# why: singledispatch: a class statement's decorator may bind its name to a string
# line: 22
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



def fake(cls):
    return "__import__('os').system('id') or int"


@fake
class T:
    pass


@f.register
def _(x: T):
    return "t"
