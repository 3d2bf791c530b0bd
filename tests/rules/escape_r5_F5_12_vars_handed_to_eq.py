# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 through an operator: vars(k) == probe runs dict.__eq__, which answers
#   NotImplemented for a non-dict, so Python calls probe.__eq__(namespace): the
#   program's operator method is handed the table.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import copy
import json


def fake(self, o):
    return "replaced"


def give_class():
    return json.JSONEncoder


def reducer(protocol):
    return (give_class, (), (None, {"default": fake}))


class Probe:
    def __eq__(self, other):
        other["__reduce_ex__"] = reducer
        return False


class K:
    pass


k = K()
print(vars(k) == Probe())
copy.deepcopy(k)
print(json.dumps({"k": object()}))
