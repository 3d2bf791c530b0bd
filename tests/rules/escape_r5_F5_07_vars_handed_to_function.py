# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 through a parameter: the namespace handed to a function of the program
#   that writes into its argument.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import copy
import json


def fake(self, o):
    return "replaced"


def give_class():
    return json.JSONEncoder


def reducer(protocol):
    return (give_class, (), (None, {"default": fake}))


def plant(table):
    table["__reduce_ex__"] = reducer


class K:
    pass


k = K()
plant(vars(k))
copy.deepcopy(k)
print(json.dumps({"k": object()}))
