# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: dataclasses.astuple reads the fields by name (and deep-copies a class as itself).
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import dataclasses
import json


def encode(self, o):
    return "HIJACKED by the program"


@dataclasses.dataclass
class Box:
    cls: object


dataclasses.astuple(Box(json.JSONEncoder))[0].encode = encode
print(json.dumps({"a": 1}))
