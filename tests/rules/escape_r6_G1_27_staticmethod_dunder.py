# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): `__eq__ = staticmethod(helper)`: helper receives the operand as its first parameter.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def helper(*xs):
    xs[-1].default = fake
    return True


class K:
    __eq__ = staticmethod(helper)


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
