# expect: reject store
# line: 39
# why: the red team's round 28f ok_01: csv.DictReader(f, fieldnames=sys.argv).fieldnames is sys.argv itself; this session's csv_rows_call had put a reader's arguments two levels down for its rows' sake, and the mask (by depth, not by kind of part) cannot keep the rows new while its attributes hold the arguments, so that allowance is withdrawn
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: csv.DictReader(f, fieldnames=X) keeps X as self._fieldnames, and its
#   public property `fieldnames` hands back that very object (csv.py:
#   `return self._fieldnames`).  With X = sys.argv, reader.fieldnames IS sys.argv.
#   Appending "logging.os.environ" makes unittest.main(exit=False) (argv= absent,
#   so sys.argv is parsed) resolve that dotted name from __main__ with getattr and
#   raise TypeError("don't know how to make test from: environ({...})").
#
# Why the checker missed it: this session's csv_rows_call (analyzer/stores.c,
#   call mask CK_MODULE: `return M_MADE | shl(shl(any_arg))`) models the
#   DictReader as "a reader the library made ... what it was given lies two
#   levels down at the least (DictReader's fieldnames, restkey and restval
#   values)", i.e. in the ROWS' items.  But an ATTRIBUTE of the reader is level 0
#   + attribute, not a row: `.fieldnames` is the fieldnames= argument itself at
#   level 0, and the comment's claim "its attributes (.reader, .line_num) are a
#   library object's (attr_mask)" does not make them tainted by the argument.
#   (reader.reader likewise is csv.reader(f) holding f.)  Passing sys.argv as
#   fieldnames= is a read, so the whole program is accepted.
#   Same root, also accepted: `reader.restval.append(...)` with restval=sys.argv
#   (the attribute is the argument itself), and fieldnames=<any library object>
#   for goal 3 (e.g. unittest.defaultTestLoader, then an attribute store).
#   Control: csv.DictWriter(f, fieldnames=sys.argv).fieldnames.append(...) IS
#   refused -- it takes the ordinary CK_MODULE path (any_arg | lib | M_MADE).
import csv
import io
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

reader = csv.DictReader(io.StringIO(""), fieldnames=sys.argv)
names = reader.fieldnames
print("reader.fieldnames is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
