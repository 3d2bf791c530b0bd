# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7, a def handed by name to iter(f, sentinel): next() returns what the
#   def returned.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


next(iter(one, None)).default = fake
print(json.dumps({"k": object()}))
