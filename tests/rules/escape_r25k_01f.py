# expect: reject store
# line: 13
# why: the red team's round 25k ok_01f (its header below): a staticmethod reached through an instance takes the library's first value as its first parameter
# goal (TOP TIER): ok_01 with 'logging.os.fork': unittest's loader calls os.fork() -> a new process. Same hole (a @staticmethod through an instance handed to sorted(key=) has parameter 0 taken for self).
import logging
import sys
import unittest


class K:
    @staticmethod
    def g(x):
        x.append("logging.os.fork")
        return 0


sorted([sys.argv], key=K().g)
print(sys.argv)
unittest.main(exit=False)
