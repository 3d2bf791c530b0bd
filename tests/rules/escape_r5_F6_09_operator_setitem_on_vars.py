# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F6 through a module function that writes into its first argument:
#   operator.setitem(vars(k), "a", json.JSONEncoder).
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import operator
import json


def fake(self, o):
    return "replaced"


class K:
    pass


k = K()
operator.setitem(vars(k), "a", json.JSONEncoder)
k.a.default = fake
print(json.dumps({"k": object()}))
