# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5, vars(k).setdefault("__reduce_ex__", reducer): another mutating method.
#   setdefault's key is an attribute name, judged as such: a dunder is refused.
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
    pass


k = K()
vars(k).setdefault("__reduce_ex__", reducer)
copy.deepcopy(k)
print(json.dumps({"k": object()}))
