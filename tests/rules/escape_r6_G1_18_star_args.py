# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): an operator method's *args, `rest[0]`.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __eq__(self, *rest):
        v = rest[0]
        v.default = fake
        return True


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
