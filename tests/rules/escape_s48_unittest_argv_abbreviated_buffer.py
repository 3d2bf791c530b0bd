# expect: reject memory
# line: 12
# why: argparse takes --buf for --buffer: unittest's command line turns the result's buffer on
import unittest


class T(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)


unittest.main(argv=["prog", "--buf"], exit=False)
