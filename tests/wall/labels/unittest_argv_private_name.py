# label: unittest.argv
# A private or dunder part of a test name: "Tests.__init_subclass__" would be looked
# up by getattr and called; the wall takes public identifiers only.
import unittest


class Tests(unittest.TestCase):
    def test_ok(self):
        pass


unittest.main(argv=["prog", "Tests.__init_subclass__"], exit=False)
print("NOT REFUSED")
