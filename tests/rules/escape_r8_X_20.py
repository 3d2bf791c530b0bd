# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.default replaced)
# why: family X: a bound setdefault held in a variable puts json.JSONEncoder into the program's dict unseen.
import json


def fake(self, o):
    return "PWNED"


d = {}
put = d.setdefault
put("k", json.JSONEncoder)
d["k"].default = fake
print(json.dumps(object(), cls=json.JSONEncoder))
