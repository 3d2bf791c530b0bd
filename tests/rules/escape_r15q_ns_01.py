# expect: reject module_attribute
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints True (copy.deepcopy ran the reduce found in the instance dict, and its tuple made the library call setattr(json.JSONEncoder, 'default', print): a library class written)
# why: round 15's types facade (SimpleNamespace alone, call-only, keywords written out and never private or dunder): the keywords from a dict splat (**hooks) would put __reduce_ex__ into the instance dict
import copy
import json
from types import SimpleNamespace

hooks = {"__reduce_ex__": lambda proto: (setattr, (json.JSONEncoder, "default", print))}
ns = SimpleNamespace(**hooks)
copy.deepcopy(ns)
print(json.JSONEncoder.default is print)
