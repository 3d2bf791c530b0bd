# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: contextlib.nullcontext(C) as E: a with target.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import contextlib
import json


def encode(self, o):
    return "HIJACKED by the program"


with contextlib.nullcontext(json.JSONEncoder) as E:
    E.encode = encode
print(json.dumps({"a": 1}))
