# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter fills (family G1): a def bound to __eq__ as a for target in the class body (`for __eq__ in [helper]`).
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def helper(self, other):
    other.default = fake
    return True


class K:
    for __eq__ in [helper]:
        pass


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
