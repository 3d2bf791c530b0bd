# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a protocol method bound in the class body
#   by assignment to a lambda (`__iter__ = lambda self: iter([C])`), not by a def.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    __iter__ = lambda self: iter([json.JSONEncoder])


for c in H():
    c.default = fake
print(json.dumps({"k": object()}))
