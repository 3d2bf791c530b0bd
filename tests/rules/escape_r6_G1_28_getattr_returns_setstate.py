# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): a __getattr__ that answers copy's lookup of __setstate__ with a def: deepcopy calls it with the copied state.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import copy
import json


def fake(self, o):
    return "replaced"


def hook(st):
    for v in st.values():
        v.default = fake


class K:
    def __init__(self):
        self.a = json.JSONEncoder

    def __getattr__(self, name):
        if name == "__setstate__":
            return hook
        raise AttributeError(name)


copy.deepcopy(K())
print(json.dumps({"k": object()}))
