# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): sum(xs, K()) adds each element to the start: __add__ receives the library class, a method result `.pop()`.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __add__(self, other):
        [other].pop().default = fake
        return self


sum([json.JSONEncoder], K())
print(json.dumps({"k": object()}))
