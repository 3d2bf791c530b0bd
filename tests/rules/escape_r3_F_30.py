# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a decorator returns the class; the decorated name is bound to it.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


def deco(f):
    return json.JSONEncoder


@deco
def E():
    pass


E.encode = encode
print(json.dumps({"a": 1}))
