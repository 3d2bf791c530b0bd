# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super(E, obj) with obj not the method's own receiver binds to whatever
#   obj is: any instance of a subclass of E, or E itself, a class, which makes it the
#   unbound lookup. Only super(C, self) with self the receiver counts as bound.
# Goal reached: json.JSONEncoder.default replaced.
import json


class E(json.JSONEncoder):
    def go(self, obj, target, f):
        super(E, obj).__init__(target, default=f)


def fake(self, o):
    return "replaced"


E().go(E, json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
