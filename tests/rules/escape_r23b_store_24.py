# expect: reject store
# why: an OrderedDict takes instance attributes (no exact builtin dict): `items` stored on it is the program's partial, handing back kwlist
# line: 11
import collections
import functools
import keyword

d = collections.OrderedDict()
d.items = functools.partial(min, [keyword.kwlist])
y = d.items()
y.append("pwn")
print(keyword.kwlist[-1])
