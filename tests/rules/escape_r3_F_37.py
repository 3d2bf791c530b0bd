# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a generator receives the class through send(); `got = yield 1` binds it.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


def gen():
    got = yield 1
    got.encode = encode
    yield 2


g = gen()
next(g)
g.send(json.JSONEncoder)
print(json.dumps({"a": 1}))
