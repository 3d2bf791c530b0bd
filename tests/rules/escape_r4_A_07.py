# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_07_self_init_on_stdlib_class_replaces_jsonencoder_default)
# Mechanism: self.__init__ in an unprivileged method, called unbound with a
#   standard-library CLASS as self: K.go(json.JSONEncoder, fake) runs
#   JSONEncoder.__init__(JSONEncoder, default=fake), whose `self.default = default`
#   is a class-attribute store into json.JSONEncoder. The store rule
#   (analyzer/stores.c) never sees it: the store happens inside the library's
#   __init__, and the `dunder` rule lets self.__init__(...) through in any method.
# Goal reached: write into a namespace of the standard library (replaces the method
#   json.JSONEncoder.default for every encoder, json.dumps included).
# Output under python3:
#   <function fake at 0x7f10ca9e1bc0>
#   {"k": "hijacked:object"}
import json
class K:
    def go(self, f):
        self.__init__(self, default=f)
def fake(enc, o):
    return "hijacked:" + type(o).__name__
K.go(json.JSONEncoder, fake)
print(json.JSONEncoder.default)
print(json.dumps({"k": object()}))
