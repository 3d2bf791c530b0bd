# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a program's own `super`: the name is a def returning json.JSONEncoder, so
#   super().__init__ inside a method is JSONEncoder.__init__ as a plain function. A
#   super(...) form counts only while `super` is the builtin (the program never binds
#   the name).
# Goal reached: json.JSONEncoder.default replaced.
import json


def super():
    return json.JSONEncoder


def fake(self, o):
    return "replaced"


class K:
    def go(self):
        super().__init__(json.JSONEncoder, default=fake)


K().go()
print(json.dumps({"k": object()}))
