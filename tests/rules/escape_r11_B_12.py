# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (PWNED printed: JSONEncoder.key_separator written)
# why: eleventh red team (11a), family B, our own: a mixin mixed into a class two removes from json.JSONEncoder
import json


class Deep(json.JSONEncoder):
    pass


class Mid(Deep):
    pass


class Hook:
    def default(self, o):
        o.key_separator = "PWNED"
        return "x"


class Leaf(Hook, Mid):
    pass


Leaf().encode([json.JSONEncoder])
print(json.JSONEncoder.key_separator)
