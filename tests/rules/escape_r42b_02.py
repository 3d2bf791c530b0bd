# expect: reject store
# line: 30
# why: round 42b ok_02: statistics.groupby is itertools.groupby: a name is taken to its home module before the tables (library-alias)
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#
# Mechanism: statistics.groupby IS itertools.groupby (statistics.py does
#   `from itertools import groupby, repeat`), and the generated audit
#   (rules/modules-audit.txt) module-allows it as statistics.groupby. groupby's
#   keys are what the key callable returns; with key = [sys.argv].pop the first
#   group's key is sys.argv itself.
#
# Why the checker missed it (analyzer/stores.c, builds_new): the round-40b fix
#   (`groupby's key results are the groups' keys ... plain_callable_at(args, 1)`)
#   and the starmap/accumulate ones are keyed on the MODULE SPELLING
#   (`wk_eq(mod, "itertools") && wk_eq(fn, "groupby")`). Reached as
#   statistics.groupby, the call falls to library_class(statistics, groupby),
#   which the class audit lists as library-copies (rules/library-classes.txt:
#   "statistics groupby"), so builds_new() returns true: a new value holding its
#   arguments' parts at the same depth, and the key callable's result is never
#   asked about. The same holds for every re-export of an object the checker
#   special-cases by module name (statistics.repeat/reduce, functools.recursive_repr,
#   reprlib.islice, calendar.repeat was caught by hand in hands_back()).
import logging  # unittest resolves "logging.os.environ" from __main__
import statistics
import sys
import unittest

names = next(statistics.groupby([0], [sys.argv].pop))[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's error message prints os.environ
