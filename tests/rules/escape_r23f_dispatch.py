# expect: reject store
# why: a singledispatch implementation is called by the library with what the program hands the dispatcher, here a module's list
# line: 13
import functools
import keyword


@functools.singledispatch
def grow(x):
    return x


@grow.register(list)
def _(x):
    x.append("zz")
    return x


grow(keyword.kwlist)
