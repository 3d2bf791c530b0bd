# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): an item target of a for loop (`for
#   slot[0] in [C]`) puts the class into the list.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


slot = [None]
for slot[0] in [json.JSONEncoder]:
    pass
slot[0].default = fake
print(json.dumps({"k": object()}))
