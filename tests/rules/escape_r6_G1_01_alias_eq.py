# expect: reject store
# Mechanism: store rule, operator-method parameter judged by root name only (analyzer/stores.c operator_parameter): 'v = other' aliases __eq__'s parameter, and the flow analysis never learns that the interpreter hands the other operand (json.JSONEncoder) to __eq__, so 'v.default = fake' is not refused.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"

class K:
    def __eq__(self, other):
        v = other
        v.default = fake
        return True


K() == json.JSONEncoder
print(json.dumps({"k": object()}))
