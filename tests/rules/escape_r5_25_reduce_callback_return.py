# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): functools.reduce returns what the
#   callback it was handed (a def, by name) returns.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import functools
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


def pick(a, b):
    return json.JSONEncoder


functools.reduce(pick, [1, 2]).default = fake
print(json.dumps({"k": object()}))
