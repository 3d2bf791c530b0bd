# expect: reject method
# line: 28
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: addTests(cases) with cases a list bound once to tests, then appended to: a name holding a list is no suite

import unittest
import typing
import copy

class Res:
    shouldStop = False

    def previous(self):
        return self._previousTestClass

class Plain:
    def __init__(self, result):
        self.r = result

class Case(unittest.TestCase):
    def test_a(self):
        pass

cases = [Case("test_a")]
cases.pop()
cases.append(Plain)
s = unittest.TestSuite()
s.addTests(cases)
r = Res()
s.run(r)
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
