# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): an augmented assignment binds whatever
#   __iadd__ returns: the class.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __iadd__(self, other):
        return json.JSONEncoder


c = H()
c += 1
c.default = fake
print(json.dumps({"k": object()}))
