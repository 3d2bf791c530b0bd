# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super() in a classmethod is super(E, cls), an unbound lookup: its
#   __init__ is JSONEncoder.__init__ as a plain function, which takes any object.
# Goal reached: json.JSONEncoder.default replaced.
import json


class E(json.JSONEncoder):
    @classmethod
    def make(cls, target, f):
        super().__init__(target, default=f)


def fake(self, o):
    return "replaced"


E.make(json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
