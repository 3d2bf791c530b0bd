# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 without the def among a call's arguments: it is stored as the
#   default_factory attribute of a defaultdict built empty, and the item read runs
#   it (__missing__). The library object came out of a library call, whose value
#   may hold what escaping functions return.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import collections
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


d = collections.defaultdict()
d.default_factory = one
d["x"].default = fake
print(json.dumps({"k": object()}))
