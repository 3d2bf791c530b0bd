# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter fills (family G1): a def bound to __eq__ by a walrus in the class body (`[(__eq__ := helper)]`).
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
    [(__eq__ := helper)]


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
