# expect: reject store
# line: 45
# why: round 33b ok_01: string.capwords(s, sep) is sep.join(...) itself: a text module's function may hand back what a method of the program an argument is returned (METHOD_RETURNS)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: string.capwords(s, sep) (Lib/string.py) is
#       return (sep or ' ').join(map(str.capitalize, s.split(sep)))
#   With sep a program object whose join() returns sys.argv (and s a program
#   object whose split() answers []), capwords hands back sep.join(...) ITSELF:
#   string.capwords(Txt(), Sep()) IS sys.argv.
#
# Why the checker missed it: analyzer/stores.c builds_new() is true for every
#   function of a text_module() ("string" is one) not in hands_back(), and
#   call_mask0_as() adds what program functions return to a library call only
#   as `esc = spread(hook(s, 0, H_ESC)) & (acc ? ~0u : ~M_TOP)`, i.e. nested,
#   never at depth 0 unless the callee is an accessor() by name.  Worse, the
#   methods here (Sep.join, Txt.split) are ordinary methods of a plain class:
#   they are not "escaping" defs at all (not named as values), so what they
#   return is in no hook; the library calling a DUCK method of an argument and
#   returning its result is not modelled.  tests/checker/builds_new_audit.py's
#   Marker objects have no join/split/translate methods, so it never sees it.
#   Fix: hands_back() for string.capwords; in general, a library function that
#   calls a program object's named method (join, split, translate, read,
#   keys, ...) and returns the result must count the program's methods of that
#   name (returns_mask by name) at depth 0.
import logging  # unittest resolves "logging.os.environ" from __main__
import string
import sys
import unittest


class Sep:
    def join(self, parts):
        return sys.argv


class Txt:
    def split(self, sep):
        return []


names = string.capwords(Txt(), Sep())
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
