# expect: reject builtin
# Mechanism: as ok_12 (vars(k)["__reduce_ex__"] = reducer, found by copy.deepcopy in
#   the instance dict), with a (state, slotstate) pair: copy._reconstruct runs
#   setattr(y, key, value) for every slotstate item, y being what the reduce callable
#   returned -- here the library class json.JSONEncoder. A store into a library class
#   that neither the store rule (no store in the program's text) nor the runtime wall's
#   guarded setattr (the setattr is copy's, not the program's builtin) sees.
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced.
# Output under python3:
#   {"k": "replaced"}
import copy
import json


def fake(self, o):
    return "replaced"


def give_class():
    return json.JSONEncoder


def reducer(protocol):
    return (give_class, (), (None, {"default": fake}))


class K:
    pass


k = K()
vars(k)["__reduce_ex__"] = reducer
copy.deepcopy(k)
print(json.dumps({"k": object()}))
