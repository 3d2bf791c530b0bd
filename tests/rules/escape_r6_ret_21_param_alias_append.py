# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a container changed through a parameter that is the caller's
#   argument (the flow mapped arguments into parameters, never back): a def appends its second parameter to its first: `put(b, C)` fills the caller's list b, then `b[0].default = f`.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def put(box, c):
    box.append(c)


b = []
put(b, json.JSONEncoder)
b[0].default = fake
print(json.dumps({"k": object()}))
