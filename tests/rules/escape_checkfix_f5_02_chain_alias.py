# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 5 (writes into standard-library classes through a variable): two hops.
import json

def evil(self, o):
    return "HIJACKED"

A = json.JSONEncoder
B = A
B.encode = evil
print(json.dumps([1]))
