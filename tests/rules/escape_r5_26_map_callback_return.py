# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): map() hands out what the callback it was
#   handed (a def, by name) returns.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


def pick(a):
    return json.JSONEncoder


for c in map(pick, [1]):
    c.default = fake
print(json.dumps({"k": object()}))
