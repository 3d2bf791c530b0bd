# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): __iter__'s iterator feeds a starred
#   unpacking; the class lands in the list `rest`.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __iter__(self):
        return iter((1, json.JSONEncoder))


first, *rest = H()
rest[0].default = fake
print(json.dumps({"k": object()}))
