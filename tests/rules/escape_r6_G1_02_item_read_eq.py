# expect: reject store
# Mechanism: store rule, operator-method parameter: 'v = other[0]' (an item read of the parameter bound to a name), K() == [json.JSONEncoder]; the container passed implicitly to __eq__ is not followed.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"

class K:
    def __eq__(self, other):
        v = other[0]
        v.default = fake
        return True


K() == [json.JSONEncoder]
print(json.dumps({"k": object()}))
