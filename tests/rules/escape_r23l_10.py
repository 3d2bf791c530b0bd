# expect: reject store
# why: the red team's round 23l ok_10: as ok_09 with "logging.os.fork" pushed into sys.argv: unittest's loader calls it.
# line: 24
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_10.py ->
#   two TypeErrors "calling <built-in function fork> returned <pid>/0" (parent and child).
# mechanism: as ok_09 with "logging.os.fork" pushed into sys.argv: unittest's loader calls it.
# rule slipped: store (rules/README.md sec.4 points (1)-(2), "a callable handed to library code is
#   called with whatever that code holds"). The callback rule sees a function handed to library
#   code only as a CALL argument (higher_order_arg), as a value handed to a keeper call
#   (may_call_back -> opaque_callback), or bound to an attribute NAMED LIKE A DUCK HOOK
#   (duck_binding: filter, get, insert, ...). Here f is stored into an ordinary attribute of a
#   library-made object (r.repr_list = f: a store on a new reprlib.Repr, allowed), and reprlib
#   looks methods up by a COMPUTED name, getattr(self, "repr_" + type(x).__name__)(x, level):
#   r.repr(sys.argv) calls f(sys.argv, level). "repr_list" is no library-duck name (the audit
#   only lists literal method names called on parameters), so f is no callback to the checker
#   and its parameter x holds nothing from a module; x.append is judged a store into a fresh value.
import logging
import reprlib
import sys
import unittest


def f(x, level):
    x.append('logging.os.fork')
    return ''


r = reprlib.Repr()
r.repr_list = f
r.repr(sys.argv)
unittest.main(exit=False)
