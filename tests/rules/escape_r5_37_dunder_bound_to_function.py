# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a protocol method bound in the class body
#   to a def written elsewhere (`__enter__ = entering`).
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


def entering(self):
    return max([json.JSONEncoder], key=id)


class H:
    __enter__ = entering

    def __exit__(self, *a):
        return False


with H() as c:
    c.default = fake
print(json.dumps({"k": object()}))
