# expect: reject syntax
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_14_indent_over_255_scanner_state_byte_wrap_environ)
# Mechanism: as ok_11: a 258-column level is restored by tree-sitter as 2, so 'def env' at 4 columns stays in the closed class C for tree-sitter, while CPython dedents it into L(unittest.TestLoader)
# Goal reached: os.environ printed
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   {'PATH': '/usr/bin:/bin', 'HOME': '<temp dir>', 'MARKER': 'round7-marker', 'LC_CTYPE': 'C.UTF-8'}

import unittest


class L(unittest.TestLoader):
    class C:
                                                                                                                                                                                                                                                                  y = 0
    def env(self):
        return self._get_module_from_name("os").environ


print(dict(L().env()))
