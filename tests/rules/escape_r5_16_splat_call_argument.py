# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a starred argument `put(*H())` runs
#   __iter__ and hands the class to a parameter.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __iter__(self):
        return iter([json.JSONEncoder])


def put(c):
    c.default = fake


put(*H())
print(json.dumps({"k": object()}))
