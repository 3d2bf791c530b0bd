# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 through a name: ns = vars(self) in a method, then the item store on ns,
#   which is no longer spelt as the namespace.
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
    def arm(self):
        ns = vars(self)
        ns["__reduce_ex__"] = reducer


k = K()
k.arm()
copy.deepcopy(k)
print(json.dumps({"k": object()}))
