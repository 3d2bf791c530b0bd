# expect: accept
# why: a TestProgram bound to `prog` in a program that also names an argparse
# parser's prog= and reads parser.prog: attribute and keyword names are not the name
import argparse
import io
import unittest


class T(unittest.TestCase):
    def test_true(self):
        self.assertTrue(True)


parser = argparse.ArgumentParser(prog="suite")
out = io.StringIO()
prog = unittest.main(argv=["suite"], exit=False, testRunner=unittest.TextTestRunner(stream=out))
print(parser.prog, prog.result.testsRun, prog.result.wasSuccessful())
