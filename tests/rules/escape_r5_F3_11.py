# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: __init_subclass__ is an implicit classmethod: its first parameter is the
#   new subclass even when it is named self, so super() there is super(E, S), an
#   unbound lookup, and super().__init__ is JSONEncoder.__init__ as a plain function,
#   handed json.JSONEncoder by the class keywords of `class S(E, target=..., f=...)`.
#   `self` is a method's receiver only in a def that is no __new__, __init_subclass__
#   or __class_getitem__.
# Goal reached: json.JSONEncoder.default replaced.
import json


def fake(self, o):
    return "replaced"


class E(json.JSONEncoder):
    def __init_subclass__(self, target=None, f=None):
        super().__init__(target, default=f)


class S(E, target=json.JSONEncoder, f=fake):
    pass


print(json.dumps({"k": object()}))
