# expect: reject store
# line: 40
# why: the red team's round 25t ok_01 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False) resolves it
#   (the TypeError message prints environ({...})).
# mechanism: inner declares `global y` and binds y = sys.argv. inner has a DEFAULT that opens a scope
#   (a lambda). scopes.c innermost() binary-searches the last scope starting before the byte and walks its
#   parents; the lambda's parent is outer (innermost_open: a default runs in the enclosing scope), so the walk
#   from the lambda skips inner and lands on outer, whose code also "runs" there (inner lies in outer's body).
#   Every occurrence in inner's body after the default resolves to OUTER's variables: the binding
#   `y = sys.argv` is taken for outer's local y (outer binds y = 0), not the global.
# rule slipped: store (stores.c global_copies "@g:y"): mine[i] = 1 for that binding (resolve says a
#   function's local), so it is left out of @g:y; the module read `y.append` reads @g:y = {[]} only.
#   Control: the same program with `def inner():` is refused (store, line 20).
# family: scope table answers for a byte by a parent walk that can skip the scope the byte is in
#   (scope tables that mis-nest defaults/annotations).
# principle: innermost() must find the deepest scope whose CODE REGION contains the byte (walk all
#   scopes containing it by node extent, or keep the node-nesting parent separately from the name-
#   resolution parent); a lambda/comprehension in a default or annotation must not become the
#   starting point of a walk whose parent chain skips the def that contains it.
import logging
import sys
import unittest


def outer():
    y = 0

    def inner(a=lambda: 0):
        global y
        y = sys.argv
        return 0

    inner()
    return y


y = []
outer()
y.append("logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
