# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 through a library function that writes into its argument:
#   dict.update(vars(k), ...) (also operator.setitem, ChainMap's first map).
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
dict.update(vars(k), {"__reduce_ex__": reducer})
copy.deepcopy(k)
print(json.dumps({"k": object()}))
