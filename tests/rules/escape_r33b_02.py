# expect: reject store
# line: 40
# why: round 33b ok_02: re.escape(S('a')) is S.translate's result itself: a text module's function may hand back what a method of the program returns (METHOD_RETURNS)
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv): the
#          sys.argv / unittest.main lever.
#   SAME CHECKER ROOT as ok_01 (a text-module function returns what a DUCK
#   method of its argument returned, and the level-0 masks never count duck
#   methods), shown on a second library function so the fix is not another
#   hands_back() row.
#
# Mechanism: re.escape(pattern) (Lib/re/__init__.py) is
#       if isinstance(pattern, str):
#           return pattern.translate(_special_chars_map)
#   A str subclass of the program overriding translate() gets that result
#   handed back as it is: re.escape(S("a")) IS sys.argv.
#   (html.escape is s.replace(...) chained, shlex/urllib.parse similar.)
#
# Why the checker missed it: stores.c builds_new() is true for "re" (a
#   text_module()), call_mask0_as() takes the result as a new value holding
#   its arguments' parts at depth >= 1 (part = (argm|rm) & ~M_TOP), and
#   DUCK_RETURNS ("(ret)(duck)", fed from the program's defs named in
#   library-duck-calls.txt, translate among them) is used by the alias pass
#   only (text_call / literal_args, stores.c ~1427-1457), never by the mask
#   that judges `names.append`.  The README row for round 24b lists exactly
#   `re.escape(s)` and `string.capwords` as closed: closed for aliases, not
#   for level-0 masks.
import logging  # unittest resolves "logging.os.environ" from __main__
import re
import sys
import unittest


class S(str):
    def translate(self, table):
        return sys.argv


names = re.escape(S("a"))
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
