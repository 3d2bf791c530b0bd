# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): getattr() with a literal name runs the
#   program's __getattr__, which returns the class.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class K:
    def __getattr__(self, name):
        return max([json.JSONEncoder], key=id)


getattr(K(), "anything").default = fake
print(json.dumps({"k": object()}))
