# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.encode removed)
# why: family P, own member: delattr with a letter-prefix computed name removes a method of a library class

import json
t = "ode"
delattr(json.JSONEncoder, "enc" + t)     # a library class's method removed
try:
    json.dumps({"a": 1})
except AttributeError as e:
    print("json.JSONEncoder.encode removed:", e)
