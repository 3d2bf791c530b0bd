# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a method called through its class (K.set(C, f)) takes the class as self; it stores through self.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


class K:
    def set(self, f):
        self.encode = f


K.set(json.JSONEncoder, encode)
print(json.dumps({"a": 1}))
