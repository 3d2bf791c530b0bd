# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): a dict subclass's __missing__ puts its key into a list, then stores through the list's item.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __set_name__(self, owner, name):
        pass

    def __format__(self, spec):
        return "k"


class M(dict):
    def __missing__(self, key):
        box = [key]
        box[0].default = fake
        return 0


M()[json.JSONEncoder]
print(json.dumps({"k": object()}))
