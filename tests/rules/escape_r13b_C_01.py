# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family C: a container filled by a by-name mutator was not recorded in the store rule's flows, so a library class read back from it counted as the program's

# Mechanism: family C (a container filled by a by-name mutator call is invisible to the store rule's flows): README section 4 lists 'items and method calls that put a value into a container (found.append(C), extend/update ...)' as bindings of the container; getattr(box, 'append')(C) is not one, so box keeps a clean mask and box[0].default = f (an attribute store into json.JSONEncoder) is accepted
# Goal reached: a method of a standard-library class replaced: json.JSONEncoder.default is the program's function; json.dumps calls it
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   json.dumps(object()) = "pwned"
import json

box = []
getattr(box, "append")(json.JSONEncoder)          # box.append(json.JSONEncoder) would mark box as holding a module value
box[0].default = lambda self, o: "pwned"          # ... so this store would be refused; here it is accepted
print("json.dumps(object()) =", json.dumps(object()))
