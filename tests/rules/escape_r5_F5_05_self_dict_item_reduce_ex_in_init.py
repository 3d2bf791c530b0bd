# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 inside a closed class, where self.__dict__ is allowed: an item written
#   into it in __init__ plants the hook; deepcopy of the instance runs it.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import copy
import json


def fake(self, o):
    return "replaced"


def give_class():
    return json.JSONEncoder


def reducer(protocol):
    return (give_class, (), (None, {"default": fake}))


class K:
    def __init__(self):
        self.__dict__["__reduce_ex__"] = reducer


copy.deepcopy(K())
print(json.dumps({"k": object()}))
