# expect: reject store
# why: the red team's round 23n ok_22: class Z: __doc__ = sys.argv binds the class's docstring slot to sys.argv;
# line: 27
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_22.py
# mechanism: class Z: __doc__ = sys.argv binds the class's docstring slot to sys.argv;
#   bisect.insort(S(), Z.__doc__) calls S().insert(0, sys.argv); S.insert appends
#   '__builtins__.breakpoint' to it; unittest.main() resolves __main__.__builtins__.breakpoint from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4 point (3), the HANDED pool). handed_arg
#   (analyzer/stores.c) drops, before anything else, every argument that is an attribute read
#   named __name__, __qualname__, __doc__ or __module__ (TEXT_DUNDERS: "Attributes every function
#   and class has, always text or None"). But __doc__ is whatever was put there: a property's
#   doc= argument (property(fget, fset, fdel, doc)), a class body's __doc__ = ... binding, any
#   object with a __dict__. So sys.argv, handed to bisect.insort through X.__doc__, never joins
#   HANDED; S.insert is a library-duck name and S escapes (S() is handed to insort), but the pool
#   it takes holds nothing from a module, and the program never calls .insert itself.
import bisect
import logging
import sys
import unittest


class S:
    def __len__(self):
        return 0

    def insert(self, i, x):
        x.append('__builtins__.breakpoint')


class Z:
    __doc__ = sys.argv


bisect.insort(S(), Z.__doc__)
unittest.main(exit=False)
