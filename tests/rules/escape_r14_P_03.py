# expect: reject store
# line: 26
# verified: reaches its goal under plain python3 3.11 in a temp dir (json.JSONEncoder.default replaced)
# why: a program method named `pop` with a parameter it keeps, handed as a value to
#   unittest's assertRaises with a library class as the argument to pass on: the
#   library calls it (no exception: assertRaises fails, the failure is caught), the
#   class lands in the program's list, and a store through it writes into json.
import json
import unittest


class Keeper:
    def __init__(self):
        self.kept = []

    def pop(self, x):
        self.kept.append(x)


k = Keeper()
t = unittest.TestCase()
try:
    t.assertRaises(KeyError, k.pop, json.JSONEncoder)
except AssertionError:
    pass
k.kept[0].default = lambda self, o: "replaced: " + repr(sorted(o))
print(json.dumps({1, 2}))
