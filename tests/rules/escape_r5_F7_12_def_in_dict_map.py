# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 with the def kept in a dict and handed on from there to map.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


table = {"pick": one}
for c in map(table["pick"], [1]):
    c.default = fake
print(json.dumps({"k": object()}))
