# expect: accept
# why: unittest.main's result owned by the facade: a statement of its own, `.result`
# at once, or bound once and read only as prog.result
import io
import unittest


class T(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)


out = io.StringIO()
unittest.main(argv=["t"], exit=False, testRunner=unittest.TextTestRunner(stream=out))
first = unittest.main(argv=["t"], exit=False,
                      testRunner=unittest.TextTestRunner(stream=out)).result
prog = unittest.main(argv=["t"], exit=False, testRunner=unittest.TextTestRunner(stream=out))
print(first.testsRun, prog.result.testsRun, prog.result.wasSuccessful())
print(len(prog.result.errors), out.getvalue().count("OK"))
