# expect: reject module_attribute
# why: singledispatch: get_type_hints eval()s every annotation, not only the first parameter's
# line: 13
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



@f.register
def _(x: int, y: "__import__('os').system('id') or int" = 0):
    return "int"
