# expect: reject attribute
# why: singledispatch: methodcaller("register", obj) calls register without the attribute written out
# line: 18
import operator
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



class A:
    x: "__import__('os').system('id') or int"


operator.methodcaller("register", A())(f)
