# expect: reject store
# why: the cost of family G1 (parameters the interpreter fills): __missing__
#   returns a list built from its key, and the key may be anything (Table()[C] hands
#   the library class C to it); the checker does not know which subscripts reach
#   Table, so every item read in the program may be that list, and an item store
#   or a mutating call on what a subscript returns (t["k"].append(1),
#   groups["a"][0] = ...) is refused. Keep
#   __missing__ to values of your own (return a new default, not the key), or use
#   collections.defaultdict(list). Round 15: only in a program that imports a
#   module (here json); one that imports none holds nothing of a module's, and
#   its interpreter-filled parameters are taken for nothing of one.
import json


class Table(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]


t = Table()
t["k"].append(1)
groups = {"a": [1, 2]}
groups["a"][0] = 5
print(json.dumps(t), groups)
