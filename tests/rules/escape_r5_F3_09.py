# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super() in a staticmethod binds to its first argument (the class E here):
#   super(E, E).__init__ is the plain JSONEncoder.__init__.
# Goal reached: json.JSONEncoder.default replaced.
import json


class E(json.JSONEncoder):
    @staticmethod
    def make(c, target, f):
        super().__init__(target, default=f)


def fake(self, o):
    return "replaced"


E.make(E, json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
