# expect: reject store
# line: 32
# why: the red team's round 25t ok_03 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01 through a method: outer > class K > def inner(self, a: (lambda: 0) = 0), the lambda in
#   an ANNOTATION. The lambda's parent is K (the def runs in K's body); the walk from the lambda reaches K
#   (runs_in: inner lies in K's body), K does not bind y, free_in goes on to outer, which binds y: the
#   `global y; y = sys.argv` binding is taken for outer's local. Module `y += [...]` (in-place extend of
#   sys.argv) reads @g:y = {[]}.
# rule slipped: store (@g:y, SF_AUG). family/principle: as ok_01.
import logging
import sys
import unittest

y = []


def outer():
    y = 0

    class K:
        def inner(self, a: (lambda: 0) = 0):
            global y
            y = sys.argv
            return 0

    K().inner()
    return y


outer()
y += ["logging.os.environ"]
unittest.main(exit=False)
