# expect: reject store
# Mechanism: store rule, operator-method parameter: 'for v in other' inside __eq__, K() == [json.JSONEncoder]; the loop variable is a new root the syntactic check does not see, and the flow never connects the implicit operand.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"

class K:
    def __eq__(self, other):
        for v in other:
            v.default = fake
        return True


K() == [json.JSONEncoder]
print(json.dumps({"k": object()}))
