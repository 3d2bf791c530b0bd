# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_08_base_init_on_stdlib_class_replaces_jsonencoder_default)
# Mechanism: the `dunder` rule allows `Base.__init__(self, ...)` inside any method;
#   the method is not privileged, so K.go(json.JSONEncoder, fake) passes the
#   library class itself as self: JSONEncoder.__init__ then stores `default` into
#   the class (a store the store rule never sees: it is inside the library).
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for everyone).
# Output under python3:
#   {"k": "hijacked:object"}
import json
class K:
    def go(self, f):
        json.JSONEncoder.__init__(self, default=f)
def fake(enc, o):
    return "hijacked:" + type(o).__name__
K.go(json.JSONEncoder, fake)
print(json.dumps({"k": object()}))
