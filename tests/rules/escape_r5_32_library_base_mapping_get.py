# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a library base's mixin
#   (collections.abc.Mapping.values) hands out what the program's __getitem__ returns.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import collections.abc
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class M(collections.abc.Mapping):
    def __getitem__(self, key):
        return max([json.JSONEncoder], key=id)

    def __iter__(self):
        return iter(["k"])

    def __len__(self):
        return 1


for c in M().values():
    c.default = fake
print(json.dumps({"k": object()}))
