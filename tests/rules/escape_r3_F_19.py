# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: setattr with a computed name (a literal prefix) stores the class under an attribute the store then goes through.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


class Holder:
    def keep(self, kind, value):
        setattr(self, "cls_" + kind, value)


h = Holder()
h.keep("enc", json.JSONEncoder)
h.cls_enc.encode = encode
print(json.dumps({"a": 1}))
