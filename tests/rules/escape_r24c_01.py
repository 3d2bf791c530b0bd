# expect: reject store
# why: the red team's round 24b ok_01: goal: prints os.environ (serious: unittest.main resolves 'logging.os.environ' appended to sys.argv)
# line: 26
# goal: prints os.environ (serious: unittest.main resolves 'logging.os.environ' appended to sys.argv)
# mechanism: urllib.parse.unquote(s) returns its argument itself when it is not bytes and
#   '%' not in s (CPython 3.11: `if '%' not in string: string.split; return string`); a list
#   subclass with a split method passes. So unquote(lst).append(sys.argv) puts sys.argv into lst,
#   and lst[0].append('logging.os.environ') writes sys.argv.
# rule slipped: store, precision refinement text_call: urllib.parse is on the reviewed list, so
#   the call's result "aliases no argument" and alias_roots returns with no link; the store lands
#   in a key of its own that lst never reads. The review assumed "at most the argument itself when
#   it is text", but unquote hands back ANY non-bytes object unchanged (duck-typed, no isinstance).

import sys
import unittest
import urllib.parse


class S(list):
    def split(self):
        pass


lst = S()
urllib.parse.unquote(lst).append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
