# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a container changed through a parameter that is the caller's
#   argument (the flow mapped arguments into parameters, never back): the same through a second def that hands its parameter on (`relay(mine, C)` calls `put(b, c)`).
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def put(box, c):
    box.append(c)


def relay(b, c):
    put(b, c)


mine = []
relay(mine, json.JSONEncoder)
mine[0].default = fake
print(json.dumps({"k": object()}))
