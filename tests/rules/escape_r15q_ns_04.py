# expect: reject module_attribute
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints True (copy.deepcopy ran the reduce found in the instance dict, and its tuple made the library call setattr(json.JSONEncoder, 'default', print): a library class written)
# why: round 15's types facade (SimpleNamespace alone, call-only, keywords written out and never private or dunder): types.new_class (not offered) builds a class from a namespace the program fills by a call
import copy
import json
import types

E = types.new_class("E", (), exec_body=lambda ns: ns.update(
    __reduce_ex__=lambda self, proto: (setattr, (json.JSONEncoder, "default", print))))
copy.deepcopy(E())
print(json.JSONEncoder.default is print)
