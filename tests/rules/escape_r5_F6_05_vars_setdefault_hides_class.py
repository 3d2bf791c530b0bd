# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F6 with setdefault, whose return value is the class itself as well.
#   setdefault's value is bound under its attribute name for the store rule.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


class K:
    pass


k = K()
vars(k).setdefault("a", json.JSONEncoder)
k.a.default = fake
print(json.dumps({"k": object()}))
