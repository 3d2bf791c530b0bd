# expect: reject store
# line: 23
# verified: reaches its goal under plain python3 3.11 in a temp dir (json.JSONEncoder.default replaced: json.dumps of a set prints the program's text)
# why: since round 14 a bound `pop`/`remove`/... taken as a value no longer fills its
#   receiver with "anything" (the builtin containers' methods of those names put nothing
#   in). A program's own method named `remove` may put in what it is given: taken as a
#   value and called by the library (map) with a library class, it keeps the class in
#   the program's list, and a store through the list's item writes into json.
import json


class Bag:
    def __init__(self):
        self.items = []

    def remove(self, x):
        self.items.append(x)
        return x


b = Bag()
list(map(b.remove, [json.JSONEncoder]))
b.items[0].default = lambda self, o: "replaced: " + repr(sorted(o))
print(json.dumps({1, 2}))
