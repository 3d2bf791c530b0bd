# expect: reject module_attribute
# why: singledispatch: register taken as a value is called with anything
# line: 17
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



class A:
    x: "__import__('os').system('id') or int"


reg = f.register
reg(A())
