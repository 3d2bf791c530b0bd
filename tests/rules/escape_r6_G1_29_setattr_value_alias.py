# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __setattr__'s value aliased: `k.x = json.JSONEncoder` hands it over.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __setattr__(self, name, value):
        v = value
        v.default = fake


k = K()
k.x = json.JSONEncoder
print(json.dumps({"k": object()}))
