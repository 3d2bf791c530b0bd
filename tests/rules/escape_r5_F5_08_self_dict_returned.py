# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5 through a return value: a method returns self.__dict__ (read inside the
#   closed class), the caller writes the hook into it.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import copy
import json


def fake(self, o):
    return "replaced"


def give_class():
    return json.JSONEncoder


def reducer(protocol):
    return (give_class, (), (None, {"default": fake}))


class K:
    def table(self):
        return self.__dict__


k = K()
k.table()["__reduce_ex__"] = reducer
copy.deepcopy(k)
print(json.dumps({"k": object()}))
