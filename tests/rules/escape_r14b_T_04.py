# expect: reject method
# line: 38
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, os.environ printed)
# why: fourteenth red team (14b), family T: a planted _previousTestClass whose reflected __eq__ receives test.__class__

# Mechanism (section 3, __eq__ handed a library value): before running each test,
#   unittest.TestSuite._tearDownPreviousClass compares `test.__class__ == previousClass`, where
#   previousClass is read from the result object the program passed (`result._previousTestClass`,
#   here a class attribute of the program's closed result class holding a Probe). type's __eq__
#   answers NotImplemented, so the reflected Probe.__eq__ receives `test.__class__`: the builtin
#   `type` for a plain program class used as a test. __eq__ is pure (it only raises
#   LookupError(other)); the program catches it as Exception and reads e.args[0].
# Goal reached: the builtin `type` as a value -> typing._GenericAlias -> eval -> os.environ printed.
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11.7), in a fresh temp dir (env -i PATH=/usr/bin:/bin HOME=$tmp):
#   <class 'type'>
#   environ({'PATH': '/usr/bin:/bin', 'HOME': '<a temp dir>', 'LC_CTYPE': 'C.UTF-8'})
import unittest
import typing
import copy

class Probe:
    def __eq__(self, other):
        raise LookupError(other)

    def __hash__(self):
        return 0

class Res:
    shouldStop = False
    _moduleSetUpFailed = False
    _previousTestClass = Probe()

class Plain:
    pass

s = unittest.TestSuite()
s.addTest(Plain)
try:
    s.run(Res())
except Exception as e:
    T = e.args[0]
print(T)
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print(ev("__import__('os').environ"))
