# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: __init__ keeps its parameter as self.c; the store goes through Holder(C).c.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


class Holder:
    def __init__(self, c):
        self.c = c


Holder(json.JSONEncoder).c.encode = encode
print(json.dumps({"a": 1}))
