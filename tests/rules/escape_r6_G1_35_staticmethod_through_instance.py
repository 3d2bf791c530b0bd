# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the call fills that the flow did not map (family G1):
#   a @staticmethod called through an instance, `K().put(C)`, binds no self: C is its first parameter,
#   which the flow mapped as a bound method's self and so left clean.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    @staticmethod
    def put(c):
        c.default = fake


K().put(json.JSONEncoder)
print(json.dumps({"k": object()}))
