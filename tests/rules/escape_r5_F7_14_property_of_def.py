# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 through a descriptor: property(one) in a class body calls the def on
#   every read of the attribute.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


class K:
    enc = property(one)


K().enc.default = fake
print(json.dumps({"k": object()}))
