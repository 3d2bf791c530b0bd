# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a container changed through a parameter that is the caller's
#   argument (the flow mapped arguments into parameters, never back): a def stores into its parameter's item: `fill(d, C)` fills the caller's dict d.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def fill(table, c):
    table["k"] = c


d = {}
fill(d, json.JSONEncoder)
d["k"].default = fake
print(json.dumps({"k": object()}))
