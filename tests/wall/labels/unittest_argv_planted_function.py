# label: unittest.argv
# A test name whose method is a function of the library's planted in the program's
# class: the loader would call logging.shutdown with a TestCase as its argument.
import logging
import unittest


class Tests(unittest.TestCase):
    def test_ok(self):
        pass


Tests.test_planted = logging.shutdown
unittest.main(argv=["prog", "Tests.test_planted"], exit=False)
print("NOT REFUSED")
