# expect: reject syntax
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_06_tab_indent_differential_method_moved_getattr_private_import_os)
# Mechanism: parser differential: tree-sitter counts a tab as +8 columns, CPython as 'to the next multiple of 8'. '7 spaces + tab' is column 8 for CPython and 15 for tree-sitter, so a def indented with 16 spaces after a body at '7sp+tab+8sp' (CPython 16, tree-sitter 23) is a method of the nested class L(unittest.TestLoader) for CPython but of the closed class K for tree-sitter; the checker then allows getattr(self, computed) in it
# Goal reached: os module as a value, id run (relies on a run-time getattr of the private, non-dunder name _get_module_from_name)
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)

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
