# expect: reject store
# why: the red team's round 23n ok_13: {'a': sys.argv} | K() -- dict.__or__ declines a non-dict, so Python runs
# line: 29
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_13.py (environ in the TypeError)
# mechanism: {'a': sys.argv} | K() -- dict.__or__ declines a non-dict, so Python runs
#   ChainMap.__ror__(other): m = dict(other); ...; return self.__class__(m): K.__init__ receives
#   {'a': sys.argv} and appends 'logging.os.environ' to m['a'] (sys.argv); unittest.main() resolves
#   __main__.logging.os.environ from sys.argv[1:].
# rule slipped: store (analyzer/stores.c class_call; rules/README.md sec.4 points (3), (5)). A class's
#   __init__ takes the arguments of the calls the checker SEES of that class: K(...) written by
#   the program, or K handed as a callback (map(K, xs)). But the allowed collections wrappers
#   build new instances of the RECEIVER'S OWN CLASS inside their Python code, self.__class__(...)
#   (UserList.__add__/__radd__/__mul__/copy/slicing, UserDict.__or__/copy, ChainMap.copy/
#   new_child/__or__/__ror__, OrderedDict.__or__ ...), with what the program handed the operator
#   or method. That call is invisible: for an operator nothing is handed at all (no call), and for
#   a method call the arguments only join HANDED, which reaches library-duck names, never
#   __init__. So __init__'s parameter holds only what the program's own K() calls give it (nothing
#   from a module), and the append is judged a store into the program's own value.
import collections
import logging
import sys
import unittest


class K(collections.ChainMap):
    def __init__(self, *maps):
        super().__init__()
        if maps and 'a' in maps[0]:
            maps[0]['a'].append('logging.os.environ')


x = {'a': sys.argv} | K()
unittest.main(exit=False)
