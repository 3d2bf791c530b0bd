# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.default replaced)
# why: family X: a bound append held in a variable and called in a loop puts json.JSONEncoder into the program's list unseen.
import json

fake = lambda self, o: "PWNED"
out = []
collect = out.append
for c in [json.JSONEncoder]:
    collect(c)
for c in out:
    c.default = fake
print(json.dumps(object(), cls=json.JSONEncoder))
