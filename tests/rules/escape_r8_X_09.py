# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (prints "PWNED": json.JSONEncoder.default replaced)
# why: documented open (h5): a container's bound append handed to map puts json.JSONEncoder into the list unseen
import json
def fake(self, o):
    return "PWNED"
lst = []
list(map(lst.append, [json.JSONEncoder]))
lst[0].default = fake
print(json.dumps(object(), cls=json.JSONEncoder))
