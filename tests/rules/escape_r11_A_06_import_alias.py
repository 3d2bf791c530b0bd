# expect: reject class_value
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: family A, own member: get_origin imported under another name, three-argument type

import functools
import keyword
import typing
from typing import get_origin as origin_of


def plan(self, proto):
    return (functools.partial(max, [keyword.kwlist]), (), None, iter(["pwned"]))


Maker = origin_of(typing.Type[str])
K = Maker("K", (), {"__reduce_ex__": plan})
import copy
copy.deepcopy(K())
print(keyword.kwlist[-1], keyword.iskeyword("pwned"))
