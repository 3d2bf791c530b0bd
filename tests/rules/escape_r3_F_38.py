# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a context manager of the program returns the class from __enter__; `with Ctx() as E`.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


class Ctx:
    def __enter__(self):
        return json.JSONEncoder

    def __exit__(self, *exc):
        return False


with Ctx() as E:
    E.encode = encode
print(json.dumps({"a": 1}))
