# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F6 with the common idiom self.__dict__.update(mapping), the mapping
#   carrying a library class under a plain key.
#   A mapping computed at run time cannot have its keys judged (rule attribute),
#   and its values are bound under every attribute name (rule store).
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


class K:
    def __init__(self, **fields):
        self.__dict__.update(fields)


k = K(a=json.JSONEncoder)
k.a.default = fake
print(json.dumps({"k": object()}))
