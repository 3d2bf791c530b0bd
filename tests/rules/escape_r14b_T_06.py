# expect: reject method
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: a class given in TestSuite([...])'s list, read back with vars(self) in the closed result class

import unittest
import typing
import copy

class Res:
    shouldStop = False

    def dump(self):
        return [v for v in vars(self).values() if repr(v) == "<class 'type'>"]

class Plain:
    def __init__(self, result):
        self.r = result

s = unittest.TestSuite([Plain])
r = Res()
s.run(r)
T = r.dump()[0]
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
