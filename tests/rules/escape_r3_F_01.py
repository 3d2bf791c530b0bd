# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_09_alias_store_via_boolean_operator)
# Mechanism: the store rule's alias tracking skips 'NAME = module.path or None' (a 
#   boolean operator on the right of a plain assignment); the store through NAME writes 
#   into json.JSONEncoder's namespace
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced; json.dumps returns the program's text)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | HIJACKED by the program
# The store rule follows names bound by a plain assignment to a path through a module
# (E = json.JSONEncoder, chains, tuples) but not through an operator: `E = X or None`
# is still a plain assignment, and E is the class itself. A store through E replaces
# a method of the standard library's json encoder (json.dumps uses it).
import json


def encode(self, o):
    return "HIJACKED by the program"


E = json.JSONEncoder or None
E.encode = encode
print(json.dumps({"a": 1}))
