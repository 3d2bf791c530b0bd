# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): __iter__'s iterator feeds a
#   comprehension's target, stored into by setattr.
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


[setattr(c, "default", fake) for c in H()]
print(json.dumps({"k": object()}))
