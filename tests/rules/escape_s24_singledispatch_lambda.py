# expect: reject store
# line: 14
# why: a singledispatch function's call answers with what the function registered for the argument's class returns, as it is (f.register(int, lambda x: sys.argv); f(1) is sys.argv): a call of a decorated def may return what any escaping function returns, at level 0 too
import sys
from functools import singledispatch


@singledispatch
def f(x):
    return x


f.register(int, lambda x: sys.argv)
f(1).append("written")
print(sys.argv)
