# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a descriptor's __get__ returns the class
#   through a call; the attribute read hands it out.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class D:
    def __get__(self, obj, owner):
        return max([json.JSONEncoder], key=id)


class K:
    d = D()


K().d.default = fake
print(json.dumps({"k": object()}))
