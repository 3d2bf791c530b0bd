# expect: reject module_attribute
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: a TestSuite subclass whose __iter__ yields a class: TestSuite is call-only (no base class)

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

class S(unittest.TestSuite):
    _cleanup = False

    def __iter__(self):
        return iter([Plain])

r = Res()
S().run(r)
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
