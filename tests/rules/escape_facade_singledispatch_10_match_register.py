# expect: reject module_attribute
# why: singledispatch: a class pattern captures register as a value
# line: 18
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



class A:
    x: "__import__('os').system('id') or int"


match f:
    case object(register=reg):
        reg(A())
