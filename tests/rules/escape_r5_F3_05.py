# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the __init__ that calls super().__init__ taken as a value in its class body
#   (reinit = __init__): E.reinit(E, ...) runs it with the class E as self, so super()
#   is super(E, E) and JSONEncoder.__init__ gets json.JSONEncoder. A method calling
#   super().__init__ is privileged: never a value, bound calls only.
# Goal reached: json.JSONEncoder.default replaced.
import json


class E(json.JSONEncoder):
    def __init__(self, target, f):
        super().__init__(target, default=f)

    reinit = __init__


def fake(self, o):
    return "replaced"


E.reinit(E, json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
