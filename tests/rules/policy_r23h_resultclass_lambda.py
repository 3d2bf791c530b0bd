# expect: reject store
# why: refused on purpose now: a lambda handed to a library call may be called with anything the library holds (here the stream, which may be sys.stderr), so what it builds from its arguments may hold a module's object; TextTestRunner then writes into what resultclass(...) returns. Pass the class itself: resultclass=MyResult
# line: 14
import unittest


class MyResult(unittest.TextTestResult):
    pass


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)
r = unittest.TextTestRunner(resultclass=lambda *a: MyResult(*a), verbosity=0).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(r.wasSuccessful())
