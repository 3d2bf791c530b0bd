# expect: reject module_attribute
# why: register() without a type calls typing.get_type_hints on the function: the string annotation is eval'd (tested)
# line: 10
import functools

@functools.singledispatch
def show(x):
    return x

@show.register
def _(x: "print('escaped') or int"):
    return x
