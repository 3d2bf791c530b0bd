# expect: reject dunder
# line: 20
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: __new__ rebinds its class parameter (cls = json.JSONEncoder) and returns it
# Goal reached: json.JSONEncoder.default replaced
# Output under python3:
#   "PWNED"

import copy
import json


def fake(self, o):
    return "PWNED"


class K:
    __slots__ = ("default",)

    def __new__(cls, *args):
        if args:
            cls = json.JSONEncoder
            return cls
        return super().__new__(cls)

    def __init__(self):
        self.default = fake

    def __getnewargs__(self):
        return ("x",)


copy.deepcopy(K())
print(json.dumps(object()))
