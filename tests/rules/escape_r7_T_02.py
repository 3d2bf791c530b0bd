# expect: reject syntax
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_07_tab_indent_differential_private_self_read_builtins_open_passwd)
# Mechanism: same tab differential; the moved method reads self._get_module_from_name directly (a private read through self, allowed in the closed class tree-sitter sees): no run-time getattr at all
# Goal reached: builtins module as a value, /etc/passwd read
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   <module 'builtins' (built-in)>
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   bin:x:2:2:bin:/bin:/usr/sbin/nologin
#   sys:x:3:3:sys:/dev:/usr/sbin/nologin
#   sync:x:4:65534:sync:/bin:/bin/sync
#   games:x:5:60:games:/usr/games:/usr/sbin/nologin
#   man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
#   lp:x:7:7:lp:/va

import unittest


class K:
       	class L(unittest.TestLoader):
       	        y = 0
                def m(self):
                        return self._get_module_from_name("builtins")


b = K.L().m()
print(b)
print(b.open("/etc/passwd").read()[:300])
