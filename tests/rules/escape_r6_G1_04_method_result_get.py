# expect: reject store
# Mechanism: store rule, operator-method parameter: 'other.get("a").default = fake' (the root is a call result, not the parameter name), K() == {"a": json.JSONEncoder}.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"

class K:
    def __eq__(self, other):
        other.get("a").default = fake
        return True


K() == {"a": json.JSONEncoder}
print(json.dumps({"k": object()}))
