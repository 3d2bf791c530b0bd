# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F5, the hook planted by a mutating method of the namespace instead of an
#   item store: vars(k).update(__reduce_ex__=reducer); copy.deepcopy(k) finds it
#   in the instance dict and setattr()s the slotstate onto json.JSONEncoder.
#   update's keys are attribute names, judged as such: a dunder is refused.
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
    pass


k = K()
vars(k).update(__reduce_ex__=reducer)
copy.deepcopy(k)
print(json.dumps({"k": object()}))
