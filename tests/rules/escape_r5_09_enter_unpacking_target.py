# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): __enter__ returns a tuple holding the
#   class; `with H() as (c,)` unpacks it.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __enter__(self):
        return (json.JSONEncoder,)

    def __exit__(self, *a):
        return False


with H() as (c,):
    c.default = fake
print(json.dumps({"k": object()}))
