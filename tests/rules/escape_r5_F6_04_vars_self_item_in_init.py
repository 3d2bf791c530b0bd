# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F6 inside a closed class: vars(self)["enc"] = json.JSONEncoder in __init__,
#   the store through self.enc in another method.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json


def fake(self, o):
    return "replaced"


class K:
    def __init__(self):
        vars(self)["enc"] = json.JSONEncoder

    def patch(self):
        self.enc.default = fake


K().patch()
print(json.dumps({"k": object()}))
