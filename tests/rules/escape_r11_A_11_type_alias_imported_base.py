# expect: reject builtin
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.default replaced)
# why: family A, own member: from typing import Type as Kind; class Meta(Kind) is a metaclass; its three-argument call builds a class with __reduce_ex__

import copy
import functools
import json
from typing import Type as Kind


class Meta(Kind):
    pass


def hijack(self, o):
    return "HIJACKED"


def plan(self, proto):
    return (functools.partial(max, [json.JSONEncoder]), (), (None, {"default": hijack}))


K = Meta("K", (), {"__reduce_ex__": plan})
copy.deepcopy(K())
print(json.dumps({"x": object()}))
