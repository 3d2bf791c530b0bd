# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7, functools.reduce(one, [1, 2]) returns what the def returned.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import functools
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


functools.reduce(one, [1, 2]).default = fake
print(json.dumps({"k": object()}))
