# expect: reject store
# why: the red team's round 23n ok_06: cm = collections.ChainMap(P()); cm | {'a': sys.argv} runs ChainMap.__or__, which
# line: 28
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_06.py
# mechanism: cm = collections.ChainMap(P()); cm | {'a': sys.argv} runs ChainMap.__or__, which
#   does m = self.copy() (ChainMap(self.maps[0].copy(), ...): P.copy returns the P) and then
#   m.maps[0].update(other) = P.update({'a': sys.argv}); P.update appends '__builtins__.breakpoint' to
#   o['a'] (sys.argv); unittest.main() resolves __main__.__builtins__.breakpoint from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4 point (7), round 23l's augmented_handed). Round 23l
#   closed `cm |= x` (an AUGMENTED assignment's value joins HANDED), but the plain BINARY
#   operator `cm | x` reaches the same library code (ChainMap.__or__ -> maps[0].update(other)):
#   no call, no augmented assignment, so nothing joins HANDED (handed_arg runs on call
#   arguments only; augmented_handed on augmented assignments only). P.update is a library-duck
#   name and P escapes (ChainMap(P())), but the pool it takes holds nothing from a module, and the
#   program never calls .update itself, so no by-name link. A dict display holding sys.argv
#   passes the isinstance(other, Mapping) check of __or__.
import collections
import logging
import sys
import unittest


class P:
    def copy(self):
        return self

    def update(self, o):
        o['a'].append('__builtins__.breakpoint')


cm = collections.ChainMap(P())
x = cm | {'a': sys.argv}
unittest.main(exit=False)
