# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (PWNED printed: JSONEncoder.item_separator written)
# why: eleventh red team (11a), family B, our own: the overriding-hook base walk took a program class's base for the program's own: a subclass of a JSONEncoder subclass overriding default gets the library's objects as clean parameters
import json


class A(json.JSONEncoder):
    pass


class K(A):
    def default(self, o):
        o.item_separator = "PWNED"
        return "x"


K().encode([json.JSONEncoder])
print(json.JSONEncoder.item_separator)
