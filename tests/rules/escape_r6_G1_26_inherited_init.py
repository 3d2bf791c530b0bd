# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): B(json.JSONEncoder) where B inherits A's __init__, which stores through its parameter.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class A:
    def __init__(self, c):
        c.default = fake


class B(A):
    pass


B(json.JSONEncoder)
print(json.dumps({"k": object()}))
