# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 through a container: the namespace put in a list, taken out by a loop,
#   written into.
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
for table in [vars(k)]:
    table["__reduce_ex__"] = reducer
copy.deepcopy(k)
print(json.dumps({"k": object()}))
