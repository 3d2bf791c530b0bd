# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): __contains__'s parameter iterated by a list comprehension, then an item of the result.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __contains__(self, item):
        vs = [x for x in item]
        vs[0].default = fake
        return True


json.JSONEncoder in K() if False else [json.JSONEncoder] in K()
print(json.dumps({"k": object()}))
