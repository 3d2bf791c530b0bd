# expect: accept
# why: honest25/26/27 p50: unittest.main(argv=[...]) with -v and test names K and K.test_m of the program's TestCase classes: each name is a class statement of the program and a def in its body, what the loader's getattr then finds (test_argv_ok); the runtime wall checks the same words on the objects (test_names)
import io
import unittest


class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)


class TestText(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")


out = io.StringIO()
prog = unittest.main(argv=["tests", "-v", "TestMath.test_add", "TestText"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
for line in out.getvalue().splitlines():
    if not line.startswith("Ran "):
        print(line)
print("ran", prog.result.testsRun, "ok", prog.result.wasSuccessful())
