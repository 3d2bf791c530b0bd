# expect: reject store
# Mechanism: store rule, protocol-method parameter: __setstate__(self, st) is allowed (dunder-define); copy.deepcopy hands it the deep-copied instance dict, whose value json.JSONEncoder (a class, copied atomically) is the library class itself; 'for v in st.values(): v.default = fake'.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import copy
import json


def fake(self, o):
    return "replaced"


class K:
    def __init__(self):
        self.a = json.JSONEncoder

    def __setstate__(self, st):
        for v in st.values():
            v.default = fake


copy.deepcopy(K())
print(json.dumps({"k": object()}))
