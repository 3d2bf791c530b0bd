# expect: reject store
# why: a Counter takes instance attributes (it is no exact builtin container): `copy` planted on it hands back kwlist
# line: 11
import collections
import functools
import keyword

c = collections.Counter()
c.copy = functools.partial(min, [keyword.kwlist])
y = c.copy()
y.append("pwn")
print(keyword.kwlist[-1])
