# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): calling an instance runs __call__, which
#   returns the class through a call.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class K:
    def __call__(self):
        return max([json.JSONEncoder], key=id)


k = K()
k().default = fake
print(json.dumps({"k": object()}))
