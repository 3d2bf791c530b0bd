# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: write into a standard-library class namespace through an alias
#   (E = json.JSONEncoder; E.encode = f). The `store` rule refuses
#   json.JSONEncoder.encode = f (reached through a module) but not the same store
#   through a plain variable bound to the class. rules/README.md lists this as
#   "not closed alone" (known), reported here for completeness: it replaces the
#   behaviour of json.dumps for the whole process.
# Goal reached: write into a namespace of the standard library (json's encoder
#   class; json.dumps now returns the program's value).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED
#   <function evil_encode at 0x7fa5932f9bc0>
import json


class Loud:
    pass


def evil_encode(self, o):
    return "HIJACKED"


E = json.JSONEncoder
E.encode = evil_encode
print(json.dumps({"a": 1}))
print(json.JSONEncoder.encode)
