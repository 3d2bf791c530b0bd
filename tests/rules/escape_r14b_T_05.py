# expect: reject method
# line: 26
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a write into a private typing class)
# why: fourteenth red team (14b), family T: typing.Optional added as a test: the suite writes _classSetupFailed into typing._SpecialForm

# Mechanism (section 4, a library write the store rule does not see): unittest.TestSuite's
#   _handleClassSetUp does `test.__class__._classSetupFailed = False` for every non-suite test. With
#   a library object as the "test" (typing.Optional, accepted by addTest: callable, not a class,
#   not iterable), the attribute is written into the private library class typing._SpecialForm,
#   shared by Union, Optional, ClassVar... (then calling the test raises TypeError, caught).
# Goal reached: a write into a standard-library class namespace (typing._SpecialForm gains
#   `_classSetupFailed`). WEAK: the value is unittest's own (False/True), not the program's.
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11.7), in a fresh temp dir:
#   before: False
#   after: True
import unittest
import typing

class Res:
    shouldStop = False
    _moduleSetUpFailed = False

print("before:", hasattr(typing.Union, "_classSetupFailed"))
s = unittest.TestSuite()
s.addTest(typing.Optional)
try:
    s.run(Res())
except TypeError:
    pass
print("after:", hasattr(typing.Union, "_classSetupFailed"))
