# expect: accept
# why: a program that names none of threading's ways to a shared Thread holds only the
#   Thread objects it made: TestSuite.run, TextTestRunner.run and its own Thread's run are
#   no writes into the library's threads (honest19 p32, p58)
import io
import threading
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
res = unittest.TestResult()
suite.run(res)
print("suite:", res.testsRun, res.wasSuccessful())
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
print("runner:", result.testsRun)
out = []
w = threading.Thread(target=out.append, args=(1,))
w.run()
print("own thread:", out)
