# expect: reject store
# line: 11
# why: round 25o's family: a method run unbound through getattr with a literal or a loop name, methodcaller, super(J, self) in an unbound caller, or a class-body alias, so self.g(x) inside calls the plain def g with x first
import logging
import sys
import unittest


class K:
    def g(x):
        x.append("logging.os.environ")
        return 0

    def m(self, a):
        self.g(a)
        return 1

getattr(K, "m")(K, sys.argv)
unittest.main(exit=False)
