# expect: reject store
# why: a ChainMap is trusted for new_child only while the name is ChainMap's own: a partial the program stores under .new_child hands back kwlist
# line: 10
import collections
import functools
import keyword
settings = collections.ChainMap({}, {})
settings.new_child = functools.partial(min, [keyword.kwlist])
scope = settings.new_child()
scope.append("pwn")
print(keyword.kwlist[-1])
