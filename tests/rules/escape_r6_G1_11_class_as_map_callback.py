# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): a class handed to map: the library calls it, so its __init__ receives the list's elements.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __init__(self, c):
        c.default = fake


list(map(K, [json.JSONEncoder]))
print(json.dumps({"k": object()}))
