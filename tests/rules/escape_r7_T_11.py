# expect: reject syntax
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir; accepted by the checker before the layout check (a member of the seventh red team's family T, written for the fix)
# Mechanism: the scanner keeps each indentation level in one byte between scans: K's body at 260
#   columns reads back as 4, so 'def m' at 4 columns (L's body for CPython) is not below it and stays
#   in the closed class K for tree-sitter, where getattr(self, computed) is allowed; at run time m is
#   a method of L(unittest.TestLoader).
# Goal reached: os module as a value, id run (a run-time getattr of a private name)
import unittest


class L(unittest.TestLoader):
    class K:
                                                                                                                                                                                                                                                                    y = 0
    def m(self, k):
        return getattr(self, k)


os = L().m("_get_module_from_name")("os")
print(os)
print(os.popen("id").read())
