# expect: reject store
# why: family K: writing into a module's namespace (json.dumps replaced for every later user)
# line: 5
import json
json.dumps = len
print(json.dumps("abc"))
