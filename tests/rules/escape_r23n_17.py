# expect: reject store
# why: the red team's round 23n ok_17: S() | [sys.argv], S a collections.abc.Set subclass: the mixin Set.__or__ builds
# line: 26
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_17.py (environ in the TypeError)
# mechanism: S() | [sys.argv], S a collections.abc.Set subclass: the mixin Set.__or__ builds
#   chain = (e for s in (self, other) for e in s) and returns self._from_iterable(chain), a
#   classmethod doing cls(chain): S.__init__ iterates the chain, meets sys.argv and appends
#   'logging.os.environ'; unittest.main() resolves __main__.logging.os.environ.
# rule slipped: store (analyzer/stores.c class_call). Same family as ok_12..16 in another
#   module: library Python code (collections.abc's Set mixins: __or__, __and__, __sub__,
#   __rsub__, __xor__, all through _from_iterable) calls the RECEIVER'S CLASS with what the
#   program handed an operator. class_call only links S's __init__ to calls of S the program
#   writes (S() here, no argument) or hands as a callback; a binary operator hands nothing
#   to any pool, so __init__'s it holds nothing from a module and e.append(...) is judged a
#   store into the program's own value.
import collections.abc
import logging
import sys
import unittest


class S(collections.abc.Set):
    def __init__(self, it=()):
        self.items = []
        for e in it:
            e.append('logging.os.environ')

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return 0


x = S() | [sys.argv]
unittest.main(exit=False)
