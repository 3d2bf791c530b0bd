# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): __iter__ returns map(...) over the class;
#   the store is setattr with a literal name.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __iter__(self):
        return map(lambda x: x, [json.JSONEncoder])


for c in H():
    setattr(c, "default", fake)
print(json.dumps({"k": object()}))
