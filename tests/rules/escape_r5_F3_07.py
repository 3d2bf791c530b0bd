# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super() in a lambda binds to the lambda's first argument, not to the
#   method's self: with the class E as that argument it is super(E, E).
# Goal reached: json.JSONEncoder.default replaced.
import json


class E(json.JSONEncoder):
    def go(self):
        return lambda c, t, f: super().__init__(t, default=f)


def fake(self, o):
    return "replaced"


E().go()(E, json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
