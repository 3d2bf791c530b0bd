# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 5: the alias bound at module level, written inside a function (a del too).
import json

E = json.JSONEncoder

def patch():
    E.encode = lambda self, o: "HIJACKED"

patch()
print(json.dumps({}))
