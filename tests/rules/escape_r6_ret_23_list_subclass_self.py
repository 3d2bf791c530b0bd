# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a container changed through a parameter that is the caller's
#   argument (the flow mapped arguments into parameters, never back): a list subclass's method appends to self: `b.add(C)` fills b (refused before too: the hold on self).
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class Bag(list):
    def add(self, c):
        self.append(c)


b = Bag()
b.add(json.JSONEncoder)
b[0].default = fake
print(json.dumps({"k": object()}))
