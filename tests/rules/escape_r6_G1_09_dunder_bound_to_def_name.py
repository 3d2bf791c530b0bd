# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): a def bound to an operator dunder in a class body (`__eq__ = helper`): helper's second parameter receives the other operand.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def helper(self, other):
    other.default = fake
    return True


class K:
    __eq__ = helper


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
