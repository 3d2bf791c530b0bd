# expect: reject dunder
# Mechanism: store rule, instance-namespace writes inside a closed class: self.__dict__
#   (and vars(self)) are allowed in the methods of a closed class; an item written there
#   (self.__dict__["a"] = json.JSONEncoder) is an attribute the store rule never connects
#   to the later read self.a / k.a, so a store through it is not judged as a store into a
#   module value. Same family as ok_05, another spelling (vars(self)["a"] = ... in __init__
#   and self.a.default = ... in another method was accepted and worked as well).
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced.
# Output under python3:
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    def __init__(self):
        self.__dict__["a"] = json.JSONEncoder


k = K()
k.a.default = fake
print(json.dumps({"k": object()}))
