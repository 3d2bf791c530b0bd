# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): a json.JSONEncoder subclass: json calls its default(o) with the object it cannot encode, here json.JSONEncoder itself from the data.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class E(json.JSONEncoder):
    def default(self, o):
        o.default = fake
        return "x"


json.dumps({"k": json.JSONEncoder}, cls=E)
print(json.dumps({"k": object()}))
