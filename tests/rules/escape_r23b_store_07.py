# expect: reject store
# why: any object may hold a callable under `keys` (a name builds_new trusts for methods); its receiver is no exact text or builtin container, so what it holds is the call's value
# line: 10
import functools
import keyword
import types

b = types.SimpleNamespace(keys=functools.partial(min, [keyword.kwlist]))
y = b.keys()
y.append("pwn")
print(keyword.kwlist[-1])
