# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __exit__'s exception argument: its args hold what the program raised with.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class Boom(Exception):
    pass


class K:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        for x in ev.args:
            x.default = fake
        return True


with K():
    raise Boom(json.JSONEncoder)
print(json.dumps({"k": object()}))
