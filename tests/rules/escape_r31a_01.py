# expect: reject store
# line: 34
# why: round 31a ok_01: csv.DictReader(*[f, names, None], sys.argv): a splat moves the places after it, so restval went uncounted; a call with a splat is no csv reader whose rows are new (csv_rows)
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: csv.DictReader's restval given BY POSITION after a *splat.
#   csv.DictReader(*[f, ["a", "b"], None], sys.argv): the splat fills f,
#   fieldnames and restkey, so sys.argv is restval, and every short row's
#   missing field is restval ITSELF (DictReader.__next__: d[key] = self.restval).
#   row["b"] is sys.argv; append writes into it.
#
# Why the checker missed it: analyzer/stores.c csv_rows() (new in HEAD) names a
#   positional argument by its index `pos` among the written positionals, and a
#   list_splat only adds spread(mask(splat)) WITHOUT advancing `pos` (it cannot
#   know how many items the splat fills).  So the argument after a 3-item splat
#   is counted as pos 0 (the file), whose mask is dropped (vm = 0): sys.argv is
#   not in the row's items, the row is a new dict of new strings, and the
#   `append` on row["b"] is a store into the program's own object.
#   Fix: after any list_splat, treat every later positional as possibly
#   fieldnames/restkey/restval (take its mask, and its elems).
#   Control: csv.DictReader(io.StringIO("1\n"), ["a","b"], None, sys.argv) is
#   refused (tests/rules/escape_s25_csv_06.py), and a 2-item splat (sys.argv
#   then lands on checker-pos 1, fieldnames) is refused too.
import csv
import io
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

for row in csv.DictReader(*[io.StringIO("1\n"), ["a", "b"], None], sys.argv):
    print("row['b'] is sys.argv:", row["b"] is sys.argv)
    row["b"].append("logging.os.environ")
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
