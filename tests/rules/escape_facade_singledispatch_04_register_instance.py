# expect: reject module_attribute
# why: singledispatch: register(obj) with obj no class reads obj's (class's) annotations with get_type_hints
# line: 17
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



class A:
    x: "__import__('os').system('id') or int"


f.register(A())
