# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): iteration falls back on __getitem__ (no
#   __iter__), which returns the class through a call.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __getitem__(self, i):
        if i:
            raise IndexError(i)
        return max([json.JSONEncoder], key=id)


for c in H():
    c.default = fake
print(json.dumps({"k": object()}))
