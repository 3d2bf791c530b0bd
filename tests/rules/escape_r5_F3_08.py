# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super() in a function nested in a method binds to that function's first
#   argument: inner(E, ...) makes it super(E, E).
# Goal reached: json.JSONEncoder.default replaced.
import json


class E(json.JSONEncoder):
    def go(self):
        def inner(c, t, f):
            super().__init__(t, default=f)
        return inner


def fake(self, o):
    return "replaced"


E().go()(E, json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
