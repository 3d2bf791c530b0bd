# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: functools.partial(C).func is the class: a call given the class, then an attribute of what it returns.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import functools
import json


def encode(self, o):
    return "HIJACKED by the program"


p = functools.partial(json.JSONEncoder)
p.func.encode = encode
print(json.dumps({"a": 1}))
