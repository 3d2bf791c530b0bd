# expect: reject store
# why: the red team's round 24a ok_10: goal: runs a new process (os.fork through unittest's name resolution; serious)
# line: 27
# goal: runs a new process (os.fork through unittest's name resolution; serious)
# mechanism: same as ok_01 (a @property on a program class hands back the program's list lst,
#   so C(lst).foo.append(sys.argv) makes lst[0] sys.argv); the dotted name appended is
#   'logging.os.fork': unittest.main(exit=False) resolves it through __main__.logging.os and
#   calls it (loadTestsFromName calls any callable): both parent and child print
#   'calling <built-in function fork> returned <pid>/0, not a test'.
# rule slipped: store; the property return is not linked (see ok_01).
import sys
import unittest

lst = []


class C:
    def __init__(self, a):
        self.a = a

    @property
    def foo(self):
        return self.a


C(lst).foo.append(sys.argv)
lst[0].append("logging.os.fork")
import logging

unittest.main(exit=False)
