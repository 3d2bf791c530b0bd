# expect: reject store
# line: 10
# why: the cost of family C (issue 13): a classmethod's cls in a subclass of a library class is a value reached through a module for the store rule (section 4, family X), so cls.addClassCleanup(...) in setUpClass is refused like any store through it; name the class (Tests.addClassCleanup(...)) or use self.addCleanup(...) in a test
import unittest


class Tests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "done")

    def test_one(self):
        self.assertTrue(True)


unittest.main(argv=["tests"], exit=False)
