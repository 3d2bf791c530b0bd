# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): dict() calls the program's keys() for the
#   new dict's keys; the loop over it yields the class.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def keys(self):
        return iter([json.JSONEncoder])

    def __getitem__(self, k):
        return 1


for c in dict(H()):
    c.default = fake
print(json.dumps({"k": object()}))
