# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: list.extend spreads the class into a list; the store goes through found[0].
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


found = []
found.extend([json.JSONEncoder])
found[0].encode = encode
print(json.dumps({"a": 1}))
