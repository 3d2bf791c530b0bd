# expect: reject class_value
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (json.JSONEncoder.default replaced)
# why: eleventh red team (11b), family A: three-argument type() through get_origin, reduce state setattr on a library class

# Mechanism (family A'): `type` as a value (typing.get_origin(typing.Type[int])) builds a
#   class with "__reduce_ex__" in its namespace dict. copy.deepcopy's _reconstruct: the
#   reduce callable functools.partial(max, [json.JSONEncoder]) gives y = the library
#   class itself; the state (None, {"default": hijack}) is a slot-state dict, which
#   _reconstruct applies with setattr(y, key, value) since a class has no __setstate__.
# Goal reached: a function of a standard-library class replaced
#   (json.JSONEncoder.default), every later json.dumps in the process uses it.
# Output seen under python3:
#   {"x": "HIJACKED"}
import typing, copy, json, functools
ty = typing.get_origin(typing.Type[int])
def hijack(self, o):
    return "HIJACKED"
def plan(self, proto):
    return (functools.partial(max, [json.JSONEncoder]), (), (None, {"default": hijack}))
K = ty("K", (), {"__reduce_ex__": plan})
copy.deepcopy(K())
print(json.dumps({"x": object()}))
