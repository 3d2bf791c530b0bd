# expect: reject store
# why: a name bound twice is no exact builtin container: the second binding is an object holding a callable under `items`
# line: 12
import functools
import keyword
import types

d = {}
d = types.SimpleNamespace(items=functools.partial(min, [keyword.kwlist]))
y = d.items()
print(y)
y.append("pwn")
print(keyword.kwlist[-1])
