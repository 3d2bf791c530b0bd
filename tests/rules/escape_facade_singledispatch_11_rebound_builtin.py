# expect: reject module_attribute
# why: singledispatch: a builtin class name the program rebinds to a string
# line: 14
from functools import singledispatch


@singledispatch
def f(x):
    return "default"


int = "__import__('os').system('id') or float"

@f.register
def _(x: int):
    return "int"
