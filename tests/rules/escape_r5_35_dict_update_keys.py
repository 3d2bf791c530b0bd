# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): dict.update calls the program's keys()
#   and keeps its elements as keys.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def keys(self):
        return [json.JSONEncoder]

    def __getitem__(self, k):
        return 1


table = {}
table.update(H())
for c in table:
    c.default = fake
print(json.dumps({"k": object()}))
