# expect: accept
# why: fifteenth red team (15b), family F: a TestCase with class cleanups and a
#   setUpClass, run by a TextTestRunner: TestSuite fills and reads the class's own
#   tearDown_exceptions (the interpreter's sys.exc_info() of a failing cleanup),
#   which the program never names
import io
import unittest


class T(unittest.TestCase):
    seen = []

    @classmethod
    def setUpClass(cls):
        T.addClassCleanup(T.note)

    @classmethod
    def note(cls):
        T.seen.append("cleaned")

    def test_x(self):
        self.assertEqual(1 + 1, 2)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream)
outcome = runner.run(unittest.TestSuite([T("test_x")]))
print(outcome.wasSuccessful(), T.seen)
