# expect: reject method
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: a class added through a for loop's target (for t in [Plain]: s.addTest(t))

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

s = unittest.TestSuite()
for t in [Plain]:
    s.addTest(t)
r = Res()
s.run(r)
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
