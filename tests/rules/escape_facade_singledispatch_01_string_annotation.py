# expect: reject module_attribute
# why: singledispatch: @f.register reads the annotation with typing.get_type_hints, which eval()s a string
# line: 13
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



@f.register
def _(x: "__import__('os').system('id') or int"):
    return "int"
