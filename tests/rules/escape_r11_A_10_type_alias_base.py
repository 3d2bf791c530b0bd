# expect: reject builtin
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: family A, own member: class M(typing.Type[int]) derives from type (the alias's __mro_entries__ answers its origin): a metaclass by value, called with three arguments

import copy
import functools
import keyword
import typing


class Meta(typing.Type[int]):
    pass


def plan(self, proto):
    return (functools.partial(max, [keyword.kwlist]), (), None, iter(["pwned"]))


K = Meta("K", (), {"__reduce_ex__": plan})
copy.deepcopy(K())
print(keyword.kwlist[-1])
