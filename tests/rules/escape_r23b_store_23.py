# expect: reject store
# why: a subclass of ChainMap is no collections.ChainMap(...) call: its class attribute new_child (a partial) hands back kwlist
# line: 15
import collections
import functools
import keyword


class Scope(collections.ChainMap):
    new_child = functools.partial(min, [keyword.kwlist])


settings = Scope({}, {})
scope = settings.new_child()
scope.append("pwn")
print(keyword.kwlist[-1])
