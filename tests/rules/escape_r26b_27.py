# expect: reject store
# line: 16
# why: the red team's round 26b ok_27 (its header below): a method the program defines returns what its defs return, a function included
# goal: prints os.environ (serious), as ok_21.
# mechanism: inside a method: es.callback(self.pick(), data) with pick returning run; data is sys.argv.
# rule slipped: store: maybe_function(self.pick()) -- receiver `self` is 'no function' (program_self), so the
#   call is taken for a library callable's result with no function arguments. (Control: super().pick() refused.)
# family B (see ok_21): a program method's return taken for a library value. Principle: as ok_21.
import contextlib
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class K:
    def pick(self):
        return run

    def go(self, data):
        es = contextlib.ExitStack()
        es.callback(self.pick(), data)
        es.close()


K().go(sys.argv)
print(sys.argv)
unittest.main(exit=False)
