# expect: reject store
# why: the red team's round 23n ok_18: U() | {'a': sys.argv}, U a collections.UserDict subclass: UserDict.__or__ returns
# line: 21
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_18.py (environ in the TypeError)
# mechanism: U() | {'a': sys.argv}, U a collections.UserDict subclass: UserDict.__or__ returns
#   self.__class__(self.data | other), so U.__init__ receives a new dict holding sys.argv and
#   appends 'logging.os.environ' to d['a']; unittest.main() resolves __main__.logging.os.environ.
# rule slipped: store (analyzer/stores.c class_call), as ok_12..17: the library calls the
#   receiver's own class with what the program handed a binary operator; class_call links
#   U.__init__ only to the program's own U(...) calls, and an operator hands nothing to HANDED.
import collections
import logging
import sys
import unittest


class U(collections.UserDict):
    def __init__(self, d=None):
        super().__init__()
        if d and 'a' in d:
            d['a'].append('logging.os.environ')


x = U() | {'a': sys.argv}
unittest.main(exit=False)
