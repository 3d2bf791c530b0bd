# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (json.JSONEncoder.default replaced)
# why: a removing method taken as a value fills nothing, but a computed name with a
#   prefix may complete to a filling one: getattr(box, "s" + t) is `sort` or
#   `setdefault` by the prefix alone; here it is setdefault, which puts a library class
#   into the program's dict, and a store through the dict's item writes into json.
import json

box = {}
t = "etdefault"
put = getattr(box, "s" + t)
put("k", json.JSONEncoder)
for key in box:
    value = box[key]
    value.default = lambda self, o: "replaced: " + repr(sorted(o))
print(json.dumps({1, 2}))
