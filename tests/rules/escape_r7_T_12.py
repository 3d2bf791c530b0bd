# expect: reject syntax
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir; accepted by the checker before the layout check (a member of the seventh red team's family T, written for the fix)
# Mechanism: two lines of 4 spaces and a backslash before 'def m': CPython takes the first line's
#   column (4: L's body), tree-sitter adds them up (12: the body of the closed class J, whose body
#   is at 12), so the method of L(unittest.TestLoader) is judged as J's, where self's private read
#   is allowed. The def's body at 16 columns opens a block for both.
# Goal reached: builtins module, /etc/passwd read
import unittest


class L(unittest.TestLoader):
    class J:
            y = 0
    \
    \
    def m(self):
                return self._get_module_from_name("builtins")


b = L().m()
print(b.open("/etc/passwd").read().splitlines()[0])
