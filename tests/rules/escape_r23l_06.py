# expect: reject store
# why: the red team's round 23l ok_06: as ok_04 with "__builtins__.breakpoint" pushed into sys.argv: unittest's loader
# line: 24
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_06.py
# mechanism: as ok_04 with "__builtins__.breakpoint" pushed into sys.argv: unittest's loader
#   calls __main__.__builtins__.breakpoint -> pdb reading commands from stdin.
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
        o.append('__builtins__.breakpoint')


cm = collections.ChainMap(M())
cm |= sys.argv
unittest.main(exit=False)
