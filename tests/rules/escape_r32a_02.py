# expect: reject store
# line: 40
# why: round 32a ok_02: a parameter escape beside from re import escape: builds_new asks module_function, which takes an import only when it is the name's only binding
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv): the
#          sys.argv / unittest.main lever.
#
# SAME ROOT as ok_01 (a name resolved by ANY import binding, whatever scope the
#   use is in), but in a different function that needs its own fix:
#   analyzer/stores.c builds_new(), the one list the level-0 rule trusts.
#
# Mechanism: `from re import escape` at module level; a parameter `escape` of g
#   holds a lambda returning sys.argv; `escape("a")` inside g is sys.argv.
#
# Why the checker missed it: builds_new() (case CK_MODULE) calls
#   module_function(), which for an identifier answers from wk_bound_value():
#   the module-level import, although the parameter is what the call reads.
#   text_module("re") -> "builds a new value holding at most its arguments'
#   parts": call_mask0_as drops the callee (a parameter's mask is never asked)
#   and the argument "a" holds nothing, so `names` is a new value and the
#   append is a store into the program's own object.  Round 31's
#   module_function_only() fixed csv_rows, wraps_arguments and
#   class_holds_bases only; module_function() is still called by builds_new,
#   nests_arguments, makes_library_object, shared_call, shared_result,
#   logger_path, deepcopy_memo_call, and number_function has its own copy of
#   the same lookup (ok_01).
#   Fix: resolve identifiers in module_function() itself by the variable
#   (wk_same_variable / the import being the only binding in that scope).
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest
from re import escape


def g(escape):
    return escape("a")


names = g(lambda text: sys.argv)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
