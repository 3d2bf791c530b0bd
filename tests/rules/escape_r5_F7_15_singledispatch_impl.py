# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 through a decorator: the name pick is bound to what
#   functools.singledispatch made, and pick(1) runs the implementation registered
#   on it (a def named _), so the call's value is no return of a def named pick.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import functools
import json


def fake(self, o):
    return "replaced"


@functools.singledispatch
def pick(x):
    return 0


@pick.register
def _(x: int):
    return json.JSONEncoder


pick(1).default = fake
print(json.dumps({"k": object()}))
