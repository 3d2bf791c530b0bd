# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: __iter__ yields the class; a for loop over K() binds it.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


class K:
    def __iter__(self):
        yield json.JSONEncoder


for E in K():
    E.encode = encode
print(json.dumps({"a": 1}))
