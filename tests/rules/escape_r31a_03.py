# expect: reject store
# line: 39
# why: round 31a ok_03: from csv import reader, then def reader: the grants of new values resolve a callee only by an import that is its only binding (module_function_only)
# ok_03 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: the name `reader` is bound twice: by `from csv import reader` and by
#   a def of the program (which runs later and wins).  `for row in reader(x)`
#   iterates what the program's def returns, [sys.argv]: row IS sys.argv.
#
# Why the checker missed it: analyzer/stores.c csv_rows() (new in HEAD) asks
#   module_function(w, f, &mod, &fn), which for an identifier callee answers
#   from wk_bound_value() -- ANY import binding of the name -- not from
#   wk_import_only() (the import is the name's ONLY binding), which README
#   section "R" (round 15a) says every judgement that takes a name for a
#   library object must ask.  So `reader(...)` is taken for csv.reader called
#   itself, iter_mask() takes its first iteration step as "a row: a new list
#   of new strings" (*m = 0), and row.append is a store into a new list.  The
#   def's return (sys.argv) is never looked at on this path.
#   Variant (accepted, verified): a PARAMETER named `reader`,
#   `def g(reader): for row in reader("a"): row.append(...)` called as
#   g(lambda f: [sys.argv]) -- the round-2x "parameter shadowing a module name"
#   family again, in the new code.
#   Fix: in csv_rows (and module_function's other callers that grant "new"),
#   use wk_import_only / wk_module_path_only and the variable's scope.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest
from csv import reader


def reader(lines):
    return [sys.argv]


for row in reader("ignored"):
    print("row is sys.argv:", row is sys.argv)
    row.append("logging.os.environ")
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
