# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7, itertools.starmap(one, [()]) yields what the def returned.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import itertools
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


next(itertools.starmap(one, [()])).default = fake
print(json.dumps({"k": object()}))
