# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): an instance with __call__ as sorted's key: __call__ receives the elements (refused before too: the root name).
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class Setter:
    def __call__(self, c):
        c.default = fake
        return 0


sorted([json.JSONEncoder, json.JSONEncoder], key=Setter())
print(json.dumps({"k": object()}))
