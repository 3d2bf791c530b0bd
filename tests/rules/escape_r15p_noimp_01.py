# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints (9,): the __future__ module's annotations feature rewritten)
# why: round 15 lets a program that imports no module take the parameters the
#   interpreter fills for nothing of a module's. A future import binds a name to an
#   object of the __future__ module (a _Feature, whose attributes are writable): it
#   counts as an import, so __contains__'s parameter may be that object and the
#   store through what it kept is judged as before.
from __future__ import annotations
class Bag:
    def __init__(self):
        self.seen = []
    def __contains__(self, word):
        self.seen.append(word)
        return False
b = Bag()
print(annotations in b)
b.seen[0].mandatory = (9,)
print(annotations.mandatory)
