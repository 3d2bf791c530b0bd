# expect: reject unbound
# line: 10
# why: round 37b near_03, refused before and after (see its header)
# near_03 -- refused (unbound + store): copy.deepcopy(json.JSONEncoder) is the class itself
# (classes are atomic to copy), but reading a Python-coded library class as a value is rule
# unbound, and the later .default store is caught anyway.
import copy
import json

E = copy.deepcopy(json.JSONEncoder)
print("E is json.JSONEncoder:", E is json.JSONEncoder)
E.default = lambda self, o: "planted"
print(json.dumps(object()))
