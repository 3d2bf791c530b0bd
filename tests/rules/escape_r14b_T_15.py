# expect: reject attribute
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: setattr(L, 'suiteClass', ...) on a TestLoader subclass

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

    def test_x(self):
        pass

def wrap(tests):
    return [Plain]

class L(unittest.TestLoader):
    pass

setattr(L, "suiteClass", staticmethod(wrap))

suite = unittest.TestSuite(L().loadTestsFromTestCase(Plain))
r = Res()
suite.run(r)
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
