# expect: reject store
# Mechanism: store rule, operator-method parameter: __class_getitem__(cls, item) with 'v = item'; K[json.JSONEncoder] hands the library class to it implicitly.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"

class K:
    def __class_getitem__(cls, item):
        v = item
        v.default = fake
        return cls


K[json.JSONEncoder]
print(json.dumps({"k": object()}))
