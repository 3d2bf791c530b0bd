# expect: reject store
# line: 22
# why: the red team's round 25h ok_07 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process).
# mechanism: the program's function g written as a SLICE BOUND: A()[g:] hands A.__getitem__ the
#   object slice(g, None, None), whose .start IS g; called with sys.argv, g appends to it.
# rule slipped: store, stores.c note_reference: a `slice` node is no parent kind in the escaping
#   allow-list (as ok_05's comprehension bodies, ok_06's match subject), so g never escapes and
#   its parameter is linked to nothing. (slices.c is about slice objects as INDEXES; here a slice
#   object is a CONTAINER of a program value, which the escape census and the store links do
#   not model: slice(a, b, c) holds three values, .start/.stop/.step read them back.)
# family: as ok_05 (escape census with a default of not escaping). Principle: as ok_05; and the
#   store links must treat a slice node's bounds like a tuple display's items.
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


class A:
    def __getitem__(self, k):
        return k.start


A()[g:](sys.argv)
print(sys.argv)
unittest.main(exit=False)
