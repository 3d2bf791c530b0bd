# expect: reject builtin
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, near_misses/nm_control_tab1_spaces_only: the control of escape_r7_T_01)
# Mechanism: escape_r7_T_01 laid out with spaces only, so both parsers put 'def m' in L(unittest.TestLoader):
#   the computed getattr(self, k) on a class that is not closed stays refused by the scope rules.
# Goal reached: os module as a value, id run
import unittest


class K:
        class L(unittest.TestLoader):
                y = 0
                def m(self, k):
                        return getattr(self, k)


f = K.L().m("_get_module_from_name")
os = f("os")
print(os)
print(os.popen("id").read())
