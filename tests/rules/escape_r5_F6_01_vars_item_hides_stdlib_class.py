# expect: reject builtin
# Mechanism: store rule (analyzer/stores.c), instance-namespace writes. vars(k) of a name
#   bound once to an instance of a closed program class is allowed; an item written into
#   that dict (vars(k)["a"] = json.JSONEncoder) makes json.JSONEncoder the attribute k.a,
#   but the store rule does not lay the dict item on the attribute read k.a, so the later
#   statement store k.a.default = ... is judged as a store on the program's own value.
#   (k.a = json.JSONEncoder; k.a.default = ... is refused by rule `store`.)
#   Also accepted and working: vars(k).update(a=json.JSONEncoder), and
#   vars(k)["a"] = [json.JSONEncoder]; for c in k.a: c.default = fake.
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced (json.dumps uses the program's function).
# Output under python3:
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


class K:
    pass


k = K()
vars(k)["a"] = json.JSONEncoder
k.a.default = fake
print(json.dumps({"k": object()}))
