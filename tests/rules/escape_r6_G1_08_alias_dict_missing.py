# expect: reject store
# Mechanism: store rule, operator-method parameter: a dict subclass's __missing__(self, key) with 'v = key'; D()[json.JSONEncoder] hands the key to __missing__.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"

class D(dict):
    def __missing__(self, key):
        v = key
        v.default = fake
        return 0


D()[json.JSONEncoder]
print(json.dumps({"k": object()}))
