# expect: reject module_attribute
# why: singledispatch: a program class's __class_getitem__ turns G[int] into a string that get_type_hints eval()s
# line: 18
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



class G:
    def __class_getitem__(cls, item):
        return "__import__('os').system('id') or int"


@f.register
def _(x: G[int]):
    return "g"
