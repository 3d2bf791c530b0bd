# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F6 with a mutating method: vars(k).update(a=json.JSONEncoder) makes the
#   class the attribute k.a, which the store rule never connects to the update.
#   update's values are bound under their attribute names for the store rule, so
#   k.a is the class and the store through it is refused.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


class K:
    pass


k = K()
vars(k).update(a=json.JSONEncoder)
k.a.default = fake
print(json.dumps({"k": object()}))
