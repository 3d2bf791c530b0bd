# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super(E, E).__init__ inside a method (the red team's form, not at module
#   level): the second argument is a class, so it is an unbound lookup in any context.
# Goal reached: json.JSONEncoder.default replaced.
import json


class E(json.JSONEncoder):
    def go(self, f):
        super(E, E).__init__(json.JSONEncoder, default=f)


def fake(self, o):
    return "replaced"


E().go(fake)
print(json.dumps({"k": object()}))
