# expect: reject dunder
# line: 27
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: __new__ returns what a helper function returns (json.JSONEncoder when copy
#   passes __getnewargs__'s arguments)
# Goal reached: json.JSONEncoder.default replaced
# Output under python3:
#   "PWNED"

import copy
import json


def fake(self, o):
    return "PWNED"


def pick(cls, args):
    if args:
        return json.JSONEncoder
    return object.__new__(cls)


class K:
    __slots__ = ("default",)

    def __new__(cls, *args):
        return pick(cls, args)

    def __init__(self):
        self.default = fake

    def __getnewargs__(self):
        return ("x",)


copy.deepcopy(K())
print(json.dumps(object()))
