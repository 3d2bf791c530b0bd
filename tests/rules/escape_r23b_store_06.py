# expect: reject store
# why: a bound builtin method ([kwlist].pop) stored as `copy` hands back what its list holds
# line: 8
import keyword
import types
b = types.SimpleNamespace(copy=[keyword.kwlist].pop)
y = b.copy()
y.append("pwn")
print(keyword.kwlist[-1])
