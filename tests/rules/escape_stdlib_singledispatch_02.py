# expect: reject module_attribute
# why: the annotation is computed, so no literal in the source shows the code (tested)
# line: 12
from functools import singledispatch

@singledispatch
def show(x):
    return x

payload = "print('esc" + "aped') or int"

@show.register
def _(x: payload):
    return x
