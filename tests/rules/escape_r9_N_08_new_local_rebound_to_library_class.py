# expect: reject dunder
# line: 24
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: the local form with a second binding: obj = super().__new__(cls), then obj =
#   TARGET[0] (json.JSONEncoder); copy sets K's slot 'default' on what comes back
# Goal reached: json.JSONEncoder.default replaced
# Output under python3:
#   "PWNED"

import copy
import json


def fake(self, o):
    return "PWNED"


TARGET = [json.JSONEncoder]


class K:
    __slots__ = ("default",)

    def __new__(cls, *args):
        obj = super().__new__(cls)
        if args:
            obj = TARGET[0]
        return obj

    def __init__(self):
        self.default = fake

    def __getnewargs__(self):
        return ("x",)


copy.deepcopy(K())
print(json.dumps(object()))
