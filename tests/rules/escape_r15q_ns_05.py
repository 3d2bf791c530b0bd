# expect: reject module_attribute
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints True (copy.deepcopy ran the reduce found in the instance dict, and its tuple made the library call setattr(json.JSONEncoder, 'default', print): a library class written)
# why: round 15's types facade (SimpleNamespace alone, call-only, keywords written out and never private or dunder): SimpleNamespace as a base class
import copy
import json
import types


class Rec(types.SimpleNamespace):
    def __reduce_ex__(self, proto):
        return (setattr, (json.JSONEncoder, "default", print))


copy.deepcopy(Rec(name="x"))
print(json.JSONEncoder.default is print)
