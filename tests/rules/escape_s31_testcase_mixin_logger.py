# expect: reject store
# line: 10
# why: a mixin shared by a TestCase and a Logger subclass: the family reaches logging.Logger, whose manager is the library's, so self.manager stays the library's
import logging
import unittest


class Tools:
    def wipe(self):
        self.manager.loggerDict.clear()


class Checks(Tools, unittest.TestCase):
    def test_nothing(self):
        self.assertTrue(True)


class Quiet(Tools, logging.Logger):
    pass


logging.getLogger("asyncio")
Quiet("q").wipe()
print(logging.Logger.manager.loggerDict)
