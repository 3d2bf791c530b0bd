# expect: reject memory
# line: 19
# Cost of the memory rule, accepted: a program that can hold a step slice as a value
# (here its own __getitem__ receives the slice of v[::2]) has every item store whose
# key may be a slice judged: its value must run no code while a list reads it. The
# store below keys a dict with a name and stores a name: write d[k] = list(v) (or key
# it with a literal or len(...)), or keep step slices away from the program's code.
class Vec:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, key):
        return self.items[key]


v = Vec(range(6))
table = {}
for key, value in [("evens", v[::2])]:
    table[key] = value
print(table)
