# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __setitem__ keeps its value in self.data; the program then stores through the dict's values (the value is what the item store wrote).
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key] = value


k = K()
k["a"] = json.JSONEncoder
for c in k.data.values():
    c.default = fake
print(json.dumps({"k": object()}))
