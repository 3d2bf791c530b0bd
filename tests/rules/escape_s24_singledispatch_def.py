# expect: reject store
# line: 18
# why: as escape_s24_singledispatch_lambda, with a def registered by @f.register and its annotation
import sys
from functools import singledispatch


@singledispatch
def f(x):
    return x


@f.register
def _(x: int):
    return sys.argv


f(1).append("written")
print(sys.argv)
