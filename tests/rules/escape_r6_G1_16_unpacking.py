# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __getitem__'s key unpacked, `a, b = key`: `K()[1, json.JSONEncoder]`.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __getitem__(self, key):
        a, b = key
        b.default = fake
        return 0


K()[1, json.JSONEncoder]
print(json.dumps({"k": object()}))
