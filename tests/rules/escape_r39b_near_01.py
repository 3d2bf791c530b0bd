# expect: reject store
# line: 25
# why: round 39b near_01: reprlib.recursive_repr hands its fill value back on re-entry; now in hands_back
# near_01 -- REFUSED (rule "store" on the final append). Instructive because the
#   library path is real and is not listed in hands_back(): reprlib (a
#   text_module) has recursive_repr(fillvalue), whose wrapper answers fillvalue
#   itself when it is re-entered for the same object and thread. A def that
#   calls the wrapper again gets sys.argv back (python3.11: names is sys.argv).
#   builds_new() trusts reprlib.recursive_repr(sys.argv) (text_module), so its
#   top-level argument is dropped (part = argm & ~M_TOP); the program is
#   refused only because calling the opaque wrapper `w(0)` / the decorated def
#   passes on what escaping functions return. If that catch-all ever narrows,
#   this comes back: list reprlib.recursive_repr in hands_back().
#   Forms tried (all refused): `@reprlib.recursive_repr(sys.argv) def f(x): return f(x)`,
#   and `dec = reprlib.recursive_repr(sys.argv)` then `@dec`.
import logging
import sys
import unittest
import reprlib
def f(x):
    return w(x)
w = reprlib.recursive_repr(sys.argv)(f)
names = w(0)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
