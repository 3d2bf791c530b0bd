# expect: reject method
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: addTests with a generator expression yielding a class; the result's __setattr__ keeps it

import unittest
import typing
import copy

GOT = []

class Res:
    shouldStop = False
    _moduleSetUpFailed = False

    def __setattr__(self, name, value):
        GOT.append(value)

class Plain:
    def __init__(self, result):
        self.r = result

s = unittest.TestSuite()
s.addTests(c for c in [Plain])
s(Res())
T = [v for v in GOT if repr(v) == "<class 'type'>"][0]
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
