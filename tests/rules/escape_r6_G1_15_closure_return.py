# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __add__'s parameter returned by a nested def (a closure), the call's result stored into.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __add__(self, other):
        def inner():
            return other
        inner().default = fake
        return self


K() + json.JSONEncoder
print(json.dumps({"k": object()}))
