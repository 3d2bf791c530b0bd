# expect: reject module_attribute
# line: 52
# why: the red team's round 27f ok_02: unittest's tb_locals prints the locals of every frame of a failure, the library's too (a RecursionError raised inside os.environ's __getitem__ printed its self): tb_locals is a refused attribute, and as a keyword False or None
# ok_02 -- goal 1 (prints os.environ: the whole environment, every variable).
#
# Mechanism: a RecursionError forced inside a library frame, whose locals unittest
#   then prints.  sys.setrecursionlimit (allowed) lets the program choose *where*
#   in library code the next Python call fails: the program recurses n deep, then
#   builds an argparse.ArgumentParser(prog="p").  ArgumentParser.__init__ calls
#   _('positional arguments') -> gettext.gettext -> dgettext -> translation ->
#   find, which does os.environ.get('LANGUAGE'...) -> Mapping.get(self=os.environ)
#   -> _Environ.__getitem__(self=os.environ) -> decode(...).  For one n the limit
#   is hit right there, and the RecursionError (not the KeyError those frames
#   catch) propagates out with `self = environ({...})` frames in its traceback.
#   The program finds that n by trying each depth and reading the allowed
#   traceback.format_exc() text for "in __getitem__", and re-raises.
#   unittest.main(exit=False, tb_locals=True) (tb_locals is an allowed keyword)
#   formats the failure with capture_locals=True: repr() of every local of every
#   library frame, so os.environ's repr -- all variables -- is printed.
#
# Why the checker missed it: nothing models exceptions raised at a point the
#   program chooses inside library code.  facades.txt lets unittest.main take
#   tb_locals; sys.setrecursionlimit is module-allow; the README's round 27c fix
#   (analyzer/names.c wk_check_dunder_binding for parameters) closed only the way
#   27c got a module's dict into a frame's locals, not the tb_locals dump itself.
#   Every library frame whose locals hold something the rules keep from the
#   program (os.environ here; a module dict, a loop, a file's lines elsewhere)
#   is printable this way.
import argparse
import sys
import traceback
import unittest


def dive(n):
    if n:
        return dive(n - 1)
    return argparse.ArgumentParser(prog="p")


class T(unittest.TestCase):
    def test_leak(self):
        sys.setrecursionlimit(200)
        for n in range(199, 20, -1):
            try:
                dive(n)
            except RecursionError:
                if "in __getitem__" in traceback.format_exc():
                    raise


unittest.main(exit=False, tb_locals=True)
