# expect: reject attribute
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (two attributes written into unittest.TestCase)
# why: fourteenth red team (14b), family N: unittest.TestCase(n) with a computed dunder name: TestCase's getattr runs __init_subclass__ and doClassCleanups on unittest.TestCase

# Mechanism (section 1/3 overlap: a run-time name given to a library, not to a builtin):
#   unittest.TestCase(methodName) does getattr(self, methodName) and TestCase.run calls it with no
#   arguments. The checker accepts a computed methodName, dunders and private names included, and
#   TestCase itself as the class: "__init_subclass__" runs TestCase.__init_subclass__ on TestCase
#   (cls._class_cleanups = []), "doClassCleanups" runs cls.tearDown_exceptions = [] on TestCase.
# Goal reached: writes into the standard-library class unittest.TestCase (two new attributes).
#   WEAK: the values are unittest's own (empty lists); the call's result is discarded.
# Relies on a dunder name handed to a library function (TestCase.__init__'s getattr) at run time,
#   not to a guarded builtin: the runtime wall's getattr guard does not see it unless it replaces
#   the builtin for library code too.
# Output seen under python3 (3.11.7), in a fresh temp dir:
#   [] []
import unittest
r = unittest.TestResult()
for n in ["__init_sub" + "class__", "doClass" + "Cleanups"]:
    unittest.TestCase(n).run(r)
print(unittest.TestCase.tearDown_exceptions, r.errors)
