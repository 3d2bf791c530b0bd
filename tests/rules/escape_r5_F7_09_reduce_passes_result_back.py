# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 into a parameter: functools.reduce hands the def's last result back
#   to it as its first argument, and the def stores through that parameter.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import functools
import json


def fake(self, o):
    return "replaced"


def step(acc, x):
    if x == 3:
        acc.default = fake
    return json.JSONEncoder


functools.reduce(step, [1, 2, 3])
print(json.dumps({"k": object()}))
