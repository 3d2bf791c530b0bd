# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a nested unpacking target `for (a,) in
#   [[C]]` takes an element of an element.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


for (a,) in [[json.JSONEncoder]]:
    a.default = fake
print(json.dumps({"k": object()}))
