# expect: reject module_attribute
# why: singledispatch: under from __future__ import annotations a string annotation is eval()ed twice
# line: 14
from __future__ import annotations
from functools import singledispatch


@singledispatch
def f(x):
    return "default"



@f.register
def _(x: "'__import__(\"os\").system(\"id\") or int'"):
    return "int"
