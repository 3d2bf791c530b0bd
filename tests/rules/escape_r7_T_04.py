# expect: reject syntax
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_09_backslash_line_start_indent_differential_private_self_read_import_os)
# Mechanism: parser differential: tree-sitter's scanner, on a line holding only indentation and a backslash, keeps counting the next line's indentation on top (4 + 4 = 8), where CPython takes the indentation of the first physical line (4). So 'class L(unittest.TestLoader):' after '    \\' is at 8 for tree-sitter (a class nested in... K's block) and its body after '        \\' at 16; 'def m' at 8 spaces is L's method for CPython but K's (closed) for tree-sitter, so self._get_module_from_name is allowed
# Goal reached: os module as a value, id run
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)

import unittest


class K:
    \
    class L(unittest.TestLoader):
        \
        y = 0
        def m(self):
            return self._get_module_from_name("os")


os = K.L().m()
print(os)
print(os.popen("id").read())
