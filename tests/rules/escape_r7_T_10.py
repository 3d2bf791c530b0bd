# expect: reject syntax
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir; accepted by the checker before the layout check (a member of the seventh red team's family T, written for the fix)
# Mechanism: statements joined. tree-sitter reads 'a, b = c, 0' and the next line '[K] = [...]' as
#   ONE statement, 'a, b = c, 0[K] = [unittest.TestLoader]' (0[K] a subscript target, K only read),
#   where CPython reads two: the second rebinds K to unittest.TestLoader. The checker believes K is
#   the closed class of the class statement, never rebound, so Sub(K) is closed and self's private
#   read is allowed; at run time Sub derives from TestLoader. No tab, no backslash, spaces only.
# Goal reached: os module as a value, id run
import unittest


class K:
    pass


c = 0
a, b = c, 0
[K] = [unittest.TestLoader]


class Sub(K):
    def m(self):
        return self._get_module_from_name("os")


os = Sub().m()
print(os)
print(os.popen("id").read())
