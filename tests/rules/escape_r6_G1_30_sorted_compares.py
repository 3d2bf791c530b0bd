# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): sorted() compares the program's object with a library class: __lt__ receives it, `for c in [other]`.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __lt__(self, other):
        for c in [other]:
            c.default = fake
        return True

    def __gt__(self, other):
        return self.__lt__(other)


sorted([K(), json.JSONEncoder])
print(json.dumps({"k": object()}))
