# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F6 one container down: the item is a list holding the class, the store
#   goes through a loop over k.a.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


class K:
    pass


k = K()
vars(k)["a"] = [json.JSONEncoder]
for c in k.a:
    c.default = fake
print(json.dumps({"k": object()}))
