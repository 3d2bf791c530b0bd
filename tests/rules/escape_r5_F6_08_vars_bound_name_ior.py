# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F6 through a name and an augmented assignment: ns = vars(k); ns |= {...}
#   (dict's in-place union writes into the instance namespace).
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


class K:
    pass


k = K()
ns = vars(k)
ns |= {"a": json.JSONEncoder}
k.a.default = fake
print(json.dumps({"k": object()}))
