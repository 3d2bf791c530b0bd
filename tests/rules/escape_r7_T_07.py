# expect: reject syntax
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_13_backslash_line_start_class_body_reduce_ex_forged_argparse_state_passwd)
# Mechanism: backslash differential, spaces only: the first class-body line '    \\' + '    x = 0' is indented 8 for tree-sitter (4 + 4, not reset) and 4 for CPython; the next line '    __reduce_ex__ = forge' (4) is still K's body for CPython but a dedent to module level for tree-sitter, where binding __reduce_ex__ is allowed. deepcopy then runs forge's reduce tuple (lambda: p, (), {'fromfile_prefix_chars': '@'}): copy writes the refused option into the live ArgumentParser
# Goal reached: /etc/passwd read (no tabs, no private name, no run-time name)
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   ['root:x:0:0:root:/root:/bin/bash', 'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin', 'bin:x:2:2:bin:/bin:/usr/sbin/nologin', 'sys:x:3:3:sys:/dev:/usr/sbin/nologin', 'sync:x:4:65534:sync:/bin:/bin/sync']

import argparse
import copy

p = argparse.ArgumentParser(prog="x")
p.add_argument("rest", nargs="*")


def forge(self, proto):
    return (lambda: p, (), {"fromfile_prefix_chars": "@"})


class K:
    \
    x = 0
    __reduce_ex__ = forge


copy.deepcopy(K())
print(p.parse_args(["@/etc/passwd"]).rest[:5])
