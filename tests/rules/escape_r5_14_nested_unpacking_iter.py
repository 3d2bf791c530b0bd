# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a nested unpacking target iterates what
#   __iter__'s iterator hands out, once more.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __iter__(self):
        return iter([[json.JSONEncoder]])


for (a,) in H():
    a.default = fake
print(json.dumps({"k": object()}))
