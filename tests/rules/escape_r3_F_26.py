# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: json.JSONEncoder < P() calls P().__gt__(json.JSONEncoder): an operator hands the class to a parameter of an operator method.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   True
#   HIJACKED by the program
import json


def encode(self, o):
    return "HIJACKED by the program"


class P:
    def __gt__(self, other):
        other.encode = encode
        return True


print(json.JSONEncoder < P())
print(json.dumps({"a": 1}))
