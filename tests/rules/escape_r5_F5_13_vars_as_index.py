# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 through an index: probe[vars(k)] hands the table to the program's
#   __getitem__ as its key, which writes the hook into it.
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
    def __getitem__(self, table):
        table["__reduce_ex__"] = reducer
        return 0


class K:
    pass


k = K()
print(Probe()[vars(k)])
copy.deepcopy(k)
print(json.dumps({"k": object()}))
