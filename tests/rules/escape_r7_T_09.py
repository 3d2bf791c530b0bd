# expect: reject syntax
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir; accepted by the checker before the layout check (a member of the seventh red team's family T, written for the fix)
# Mechanism: tab differential, the red team's nesting turned over: the closed class K is nested in
#   L(unittest.TestLoader), whose body is at 8 spaces; K's body is at 12. 'def m' is indented with
#   7 spaces and a tab: column 8 for CPython (altcol 8, consistent with 8 spaces), so a method of L;
#   15 for tree-sitter (7 + 8), not below K's 12, so a method of the closed class K, where
#   self._get_module_from_name is allowed.
# Goal reached: os module as a value, id run
import unittest


class L(unittest.TestLoader):
        class K:
            y = 0
       	def m(self):
                return self._get_module_from_name("os")


os = L().m()
print(os)
print(os.popen("id").read())
