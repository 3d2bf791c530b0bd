# expect: reject store
# line: 34
# why: round 31a ok_04: from collections import OrderedDict as B, then B = collections.ChainMap; class K(B): the wrapper test resolves B only by its only binding (module_function_only)
# ok_04 -- goal 1 (prints os.environ) via goal 3 (writes into sys.argv).
#   SAME ROOT CAUSE as ok_03 (module_function() trusts any import binding of a
#   name, via wk_bound_value), hit in a different function: wraps_arguments().
#
# Mechanism: `from collections import OrderedDict as B` and then
#   `B = collections.ChainMap`; `class K(B)` derives from ChainMap, whose
#   __setitem__ writes into maps[0], the argument itself (round 30a ok_04).
#
# Why the checker missed it: analyzer/stores.c wraps_arguments() (new in HEAD)
#   asks module_function(w, b, ...) for the base B, which answers
#   collections.OrderedDict from the import binding although the assignment
#   rebinds B; OrderedDict is no view_class, so "continue": K is said not to
#   write through, and call_mask0_as(CK_CLASS) leaves the argument's own mask
#   (argm) off level 0 of K(sys.argv).  The item store on cm is accepted.
#   Fix: wk_import_only() for the base name, or treat any base name with more
#   than one binding as computed (return true).
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest
from collections import OrderedDict as B

B = collections.ChainMap


class K(B):
    pass


cm = K(sys.argv)
cm[slice(1, 1)] = ["logging.os.environ"]
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
