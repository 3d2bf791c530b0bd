# expect: reject method
# line: 27
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: a TestLoader subclass overriding loadTestsFromTestCase to return [Plain]: its result is no suite the checker can trust

import unittest
import typing
import copy

class Res:
    shouldStop = False

    def __init__(self, stream, descriptions, verbosity):
        self.testsRun = 0

    def previous(self):
        return self._previousTestClass

class Plain:
    def __init__(self, result):
        self.r = result

class L(unittest.TestLoader):
    def loadTestsFromTestCase(self, c):
        return [Plain]

suite = unittest.TestSuite(L().loadTestsFromTestCase(Plain))
r = Res(None, None, None)
suite.run(r)
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
