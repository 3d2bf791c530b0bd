# expect: reject dunder
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: family A, own member: typing.Type[int] read back out of a def's __annotations__ and used as a base: a metaclass by value (the annotation place is now remembered as for type)

import copy
import functools
import keyword
import typing


def describe(kind: typing.Type[int]) -> str:
    return kind.__name__


class Meta(describe.__annotations__["kind"]):
    pass


def plan(self, proto):
    return (functools.partial(max, [keyword.kwlist]), (), None, iter(["pwned"]))


K = Meta("K", (), {"__reduce_ex__": plan})
copy.deepcopy(K())
print(keyword.kwlist[-1])
