# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __init_subclass__'s **kw iterated (a class keyword).
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class Base:
    def __init_subclass__(cls, **kw):
        for v in kw.values():
            v.default = fake


class Sub(Base, target=json.JSONEncoder):
    pass


print(json.dumps({"k": object()}))
