# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __eq__ hands its parameter to a plain def that stores through it.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def put(c):
    c.default = fake


class K:
    def __eq__(self, other):
        put(other)
        return True


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
