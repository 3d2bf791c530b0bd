# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 5: the class bound by tuple unpacking, then written.
import json

def evil(self, o):
    return "HIJACKED"

n, E = 1, json.JSONEncoder
E.encode = evil
print(json.dumps([n]))
