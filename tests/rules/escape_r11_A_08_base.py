# expect: reject class_value
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: family A, own member: get_origin(Type[int]) as a base class: a metaclass by value builds a class from a namespace dict

import copy
import functools
import keyword
import typing


class Meta(typing.get_origin(typing.Type[int])):
    pass


def plan(self, proto):
    return (functools.partial(max, [keyword.kwlist]), (), None, iter(["pwned"]))


K = Meta("K", (), {"__reduce_ex__": plan})
copy.deepcopy(K())
print(keyword.kwlist[-1], keyword.iskeyword("pwned"))
