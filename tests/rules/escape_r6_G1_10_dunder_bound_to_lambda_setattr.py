# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): a lambda bound to __eq__ stores through its parameter with setattr (a literal name).
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    __eq__ = lambda self, o: setattr(o, "default", fake)


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
