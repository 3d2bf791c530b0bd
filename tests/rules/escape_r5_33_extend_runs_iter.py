# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): list.extend runs the program's __iter__
#   (a generator) and keeps what it hands out.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __iter__(self):
        yield json.JSONEncoder


found = []
found.extend(H())
found[0].default = fake
print(json.dumps({"k": object()}))
