# expect: reject module_attribute
# why: singledispatch: get_type_hints eval()s a string inside list[...]
# line: 13
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



@f.register
def _(x: list["__import__('os').system('id') or int"]):
    return "list"
