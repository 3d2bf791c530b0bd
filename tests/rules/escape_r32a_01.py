# expect: reject store
# line: 44
# why: round 32a ok_01: a parameter floor beside from math import floor: a callee is a module's function only when its import is the name's only binding (classify_name, module_function)
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: `from math import floor` at module level, and a PARAMETER (or a
#   local variable, or a comprehension variable) also named `floor` holding a
#   program lambda that returns sys.argv.  `floor(1.5)` inside g calls the
#   lambda, not math.floor, and hands back sys.argv itself.
#
# Why the checker missed it: analyzer/stores.c number_function() (asked first
#   in call_mask0_as / call_mask_as, case CK_MODULE) resolves an identifier
#   callee with wk_bound_value() -- ANY import binding of the name, in any
#   scope -- and then answers "a math function: a number, or what the
#   program's operator dunders return" (hook H_OP only), dropping both the
#   arguments' and the callee's own masks.  The round-31 fix
#   (module_function_only: wk_import_only + the variable's scope) was applied
#   to csv_rows, wraps_arguments and class_holds_bases, not to number_function
#   (nor to module_function's other callers).  The builtin branch of
#   number_function asks !in_names(defnames) / find_key, the module branch
#   only find_key, which a parameter does not set.
#   Variants (accepted, verified): `floor = h` as a local in a def
#   (`def g(): floor = h; return floor(1.5)`), and a comprehension variable
#   `[floor(1.5) for floor in [lambda x: sys.argv]][0]`.
#   Control: `def floor(x): return sys.argv` at module level beside the import
#   is refused (classify_both adds CK_DEF), and so is a lambda parameter
#   `(lambda floor: floor(1))(...)`.
#   Fix: number_function must use wk_import_only()/wk_same_variable (the name's
#   only binding is the import, in this scope), as module_function_only does.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest
from math import floor


def g(floor):
    return floor(1.5)


names = g(lambda x: sys.argv)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
