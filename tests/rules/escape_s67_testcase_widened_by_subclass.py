# expect: reject store
# line: 11
# why: round 97b (the store red team's latent weakness): a TestCase subclass's helper takes only the program's values while TestCase is the only library base of its family; a subclass adding json.JSONEncoder widens the family's limit, and the helper's parameters are sources again (here refused by the base order too)
import json
import sys
import unittest


class A(unittest.TestCase):
    def grow(self, items):
        items.append("--extra")


class B(A, json.JSONEncoder):
    pass
