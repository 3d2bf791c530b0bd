# expect: reject attribute
# why: singledispatch: register fetched by a literal name
# line: 17
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



class A:
    x: "__import__('os').system('id') or int"


getattr(f, "register")(A())
