# expect: reject attribute
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, near_misses/nm_control_wrap1_12_spaces: the control of escape_r7_T_05)
# Mechanism: escape_r7_T_05 with a 12-column level instead of 260, so the scanner's byte keeps it:
#   both parsers put 'def m' in L(unittest.TestLoader), and self's private read stays refused.
# Goal reached: os module as a value, id run
import unittest


class L(unittest.TestLoader):
    class C:
            y = 0
    def m(self):
        return self._get_module_from_name("os")


os = L().m()
print(os)
print(os.popen("id").read())
