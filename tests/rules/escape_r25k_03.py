# expect: reject store
# line: 13
# why: the red team's round 25k ok_03 (its header below): a staticmethod reached through an instance takes the library's first value as its first parameter
# ok_01 family (a @staticmethod reached through an instance: the higher-order handler takes parameter 0 for self), variant: self.g inside a method, handed to filter(). Goal: sys.argv gets 'logging.os.environ', then unittest.main(exit=False) prints os.environ.
import logging
import sys
import unittest


class K:
    @staticmethod
    def g(x):
        x.append("logging.os.environ")
        return True

    def run(self):
        list(filter(self.g, [sys.argv]))


K().run()
print(sys.argv)
unittest.main(exit=False)
