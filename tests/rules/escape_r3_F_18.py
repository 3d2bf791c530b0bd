# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: an exception caught: AttributeError.obj after a failed lookup on json.JSONEncoder is the class.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


try:
    json.JSONEncoder.nope
except AttributeError as e:
    e.obj.encode = encode
print(json.dumps({"a": 1}))
