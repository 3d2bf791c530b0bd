# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (PWNED printed: JSONEncoder.item_separator written)
# why: eleventh red team (11a), family B, our own: a mixin's default, mixed before json.JSONEncoder, gets the library's objects
import json


class M:
    def default(self, o):
        o.item_separator = "PWNED"
        return "x"


class K(M, json.JSONEncoder):
    pass


K().encode([json.JSONEncoder])
print(json.JSONEncoder.item_separator)
