# expect: reject store
# why: a partial held under `copy` (a name builds_new trusts) hands back what it holds: b.copy() is min([kwlist]) = kwlist
# line: 9
import functools
import keyword
import types

b = types.SimpleNamespace(copy=functools.partial(min, [keyword.kwlist]))
b.copy().append("pwn")
print(keyword.kwlist[-1])
