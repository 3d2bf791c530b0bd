# expect: reject module_attribute
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints True (copy.deepcopy ran the reduce found in the instance dict, and its tuple made the library call setattr(json.JSONEncoder, 'default', print): a library class written)
# why: round 15's types facade (SimpleNamespace alone, call-only, keywords written out and never private or dunder): a dunder keyword written out
import copy
import json
import types

ns = types.SimpleNamespace(name="x", __reduce_ex__=lambda proto: (setattr, (json.JSONEncoder, "default", print)))
copy.deepcopy(ns)
print(json.JSONEncoder.default is print)
