# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a dataclass field takes the class from the generated __init__; the store goes through the field.
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


Box(json.JSONEncoder).cls.encode = encode
print(json.dumps({"a": 1}))
