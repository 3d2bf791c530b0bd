# expect: reject store
# line: 33
# why: round 32b ok_01: unicodedata.name(ch, sys.argv) answers its default for a character with no name: hands_back, found by the audit
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: unicodedata.name(chr, default) returns `default` ITSELF when the
#   character has no name (Modules/unicodedata.c, unicodedata_UCD_name_impl:
#   `if (default_value == NULL) raise ValueError; return Py_NewRef(default_value)`).
#   "\x00" has no name, so unicodedata.name("\x00", sys.argv) IS sys.argv, at
#   depth 0 (not nested: round 31b's nests_arguments fix does not apply).
#
# Why the checker missed it: analyzer/stores.c builds_new() answers true for
#   every function of a text_module() ("unicodedata" is one), so call_mask0_as()
#   models the result as a new value holding its positional arguments' parts at
#   the same depth: part = (argm | rm) & ~M_TOP, plus shl(argm) from
#   nests_arguments().  An argument that IS a module value (M_SELF) is dropped at
#   depth 0.  hands_back() lists unicodedata's decimal, digit and numeric (the
#   same default-returning shape) but not unicodedata.name.  The audit that is
#   meant to catch this (tests/checker/builds_new_audit.py) only passes "k" or
#   "text" as a first text argument: "k" HAS a name, so the default is never
#   returned and the audit sees nothing.
#   Fix: add {"unicodedata", "name"} to hands_back(); in the audit, try a
#   character without a name ("\x00", "\ue000") with a marker default.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unicodedata
import unittest

names = unicodedata.name("\x00", sys.argv)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
