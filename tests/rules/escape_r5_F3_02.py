# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super().__init__ in a method is bound to self only when self is an
#   instance: E.go(E, json.JSONEncoder, f) makes super() super(E, E), whose __init__ is
#   JSONEncoder.__init__ as a plain function, run on the class json.JSONEncoder.
#   The method calling super().__init__ must itself be called bound only.
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced (json.dumps then uses it).
import json


class E(json.JSONEncoder):
    def go(self, target, f):
        super().__init__(target, default=f)


def fake(self, o):
    return "replaced"


E.go(E, json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
