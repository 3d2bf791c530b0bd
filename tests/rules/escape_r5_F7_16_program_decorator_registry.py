# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 through a program decorator that keeps the def in a registry: the
#   decorator's parameter is handed the def by the interpreter, the registry's
#   entry goes to map, which returns what the def returned.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import json

REGISTRY = []


def fake(self, o):
    return "replaced"


def register(fn):
    REGISTRY.append(fn)
    return fn


@register
def one(*a):
    return json.JSONEncoder


for c in map(REGISTRY[0], [1]):
    c.default = fake
print(json.dumps({"k": object()}))
