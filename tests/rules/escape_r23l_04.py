# expect: reject store
# why: the red team's round 23l ok_04: cm = collections.ChainMap(M()); `cm |= sys.argv` runs ChainMap.__ior__, which calls
# line: 25
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_04.py (environ in the TypeError).
# mechanism: cm = collections.ChainMap(M()); `cm |= sys.argv` runs ChainMap.__ior__, which calls
#   M().update(sys.argv): M.update appends "logging.os.environ" to sys.argv; unittest.main()
#   resolves __main__.logging.os.environ -> TypeError prints it.
# rule slipped: store (rules/README.md sec.4, "what library code hands the functions and objects it
#   is given", point (3)). The HANDED pool is filled only by CALLS (may_call_methods/handed_arg in
#   analyzer/stores.c walk a call's argument list), and a method name the program calls itself is
#   linked to its def by name. Here nothing is called: `cm |= sys.argv` is an augmented assignment,
#   which the library answers with ChainMap.__ior__(other) = self.maps[0].update(other), a method
#   called BY NAME on the object the program gave the ChainMap. The store rule judges the
#   in-place operator only as a store into cm (a new library-made ChainMap: allowed), never as
#   handing sys.argv to library code, so sys.argv never joins HANDED and M.update's parameter o
#   (a library-duck name, M escapes into ChainMap(...)) holds nothing from a module.
import collections
import logging
import sys
import unittest


class M:
    def update(self, o):
        o.append('logging.os.environ')


cm = collections.ChainMap(M())
cm |= sys.argv
unittest.main(exit=False)
