# expect: reject store
# why: a namedtuple field named `index` shadows tuple.index: calling it calls the lambda held there, which hands back kwlist
# line: 8
import collections
import keyword
T = collections.namedtuple("T", "index")
y = T(lambda: keyword.kwlist).index()
y.append("pwn")
print(keyword.kwlist[-1])
