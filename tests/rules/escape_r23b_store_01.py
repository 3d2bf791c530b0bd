# expect: reject store
# why: a program callable held under a data method's name (count) on an object the checker cannot name is the call's callee: its return (kwlist) is the value
# line: 9
import keyword
import types

b = types.SimpleNamespace(count=lambda: keyword.kwlist)
y = b.count()
y.append("pwn")
print(keyword.kwlist[-1])
