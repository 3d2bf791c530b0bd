# expect: reject store
# Mechanism: store rule, operator-method parameter: a descriptor's __set__(self, obj, value) with 'v = value'; 'k.d = json.JSONEncoder' (an ordinary attribute store on the program's own instance) hands the library class to __set__.
# Goal: write into a standard-library namespace (json.JSONEncoder.default replaced; json.dumps of an object prints "replaced").
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"

class Desc:
    def __set__(self, obj, value):
        v = value
        v.default = fake


class K:
    d = Desc()


k = K()
k.d = json.JSONEncoder
print(json.dumps({"k": object()}))
