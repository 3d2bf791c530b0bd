# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 through a lambda that calls the def: the lambda escapes into map, and
#   returns what the def returns.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


for c in map(lambda x: one(), [1]):
    c.default = fake
print(json.dumps({"k": object()}))
