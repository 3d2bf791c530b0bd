# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (json.dumps([1, 2]) prints [1;2])
# why: a star import binds names no binding records (star_mods): it counts as an
#   import, so __contains__'s parameter may be JSONEncoder, the class a star import
#   bound under a bare name.
from json import *
class Bag:
    def __init__(self):
        self.seen = []
    def __contains__(self, word):
        self.seen.append(word)
        return False
b = Bag()
print(JSONEncoder in b); b.seen[0].item_separator = ";"
print(dumps([1, 2]))
