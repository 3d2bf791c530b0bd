# expect: reject store
# line: 33
# why: round 40b ok_03: itertools.groupby's key given by position is followed as by keyword (plain_callable_at)
# ok_03 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: itertools.groupby(iterable, keyfunc) yields (keyfunc(item), group):
#   the KEY FUNCTION'S RESULT is handed out. With the key given POSITIONALLY as
#   the bound builtin `[sys.argv].pop`, groupby([0], [sys.argv].pop) yields
#   ([sys.argv].pop(0), grp) = (sys.argv, grp).
#   The same call with `key=[sys.argv].pop` written as a keyword IS refused
#   (rule store), and so is `for names, g in groupby(...)`; the positional key with
#   next(...) unpacked, next(...)[0] or list(...)[0][0] is accepted.
#
# Why the checker missed it (analyzer/stores.c): builds_new() trusts every
#   itertools iterator but repeat/tee ("keep their arguments' parts at the depth
#   they had"), and the special handling of groupby's key (compared_key's
#   exception, the "groupby hands its key's results out" comment at args_mask,
#   lambda_arg_aliases, the later[] table {"groupby", 1}) follows the callable
#   as a lambda/def or via the keyword form; a bound builtin method given as the
#   positional second argument answers an element of its receiver one level UP
#   (its receiver holds sys.argv at depth 1; the key result is sys.argv at depth
#   0 of the yielded pair's item), which the "same depth" grant does not cover.
#   Fix: groupby is no builds_new call unless its key (positional or keyword) is a
#   plain_callable(), as starmap/accumulate already require.
import itertools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

names, grp = next(itertools.groupby([0], [sys.argv].pop))
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's error message prints os.environ
