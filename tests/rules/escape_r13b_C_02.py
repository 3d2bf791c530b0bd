# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family C: as C_01, with the method captured by a class pattern

# Mechanism: family C, other spellings: the bound fill method captured by a keyword class pattern (case list(append=put)), and getattr(d, 'setdefault') on a dict read back through .values() in a for loop
# Goal reached: methods of a standard-library class replaced: json.JSONEncoder.default and json.JSONEncoder.encode
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   JSONEncoder().default(object()) = pwned
#   JSONEncoder().encode(1) = encode replaced too
import json

box = []
match box:
    case list(append=put):
        put(json.JSONEncoder)
box[0].default = lambda self, o: "pwned"
d = {}
getattr(d, "setdefault")("k", json.JSONEncoder)
for K in d.values():
    K.encode = lambda self, o: "encode replaced too"
print("JSONEncoder().default(object()) =", json.JSONEncoder().default(object()))
print("JSONEncoder().encode(1) =", json.JSONEncoder().encode(1))
