# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (prints "PWNED": json.JSONEncoder.default replaced)
# why: documented open (s4): a container's bound append held in a variable puts json.JSONEncoder into the list unseen
import json
def fake(self, o):
    return "PWNED"
lst = []
g = lst.append
g(json.JSONEncoder)
lst[0].default = fake
print(json.dumps(object(), cls=json.JSONEncoder))
