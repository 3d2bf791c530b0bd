# expect: reject method
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sixth static red team, ok_13_wraps_renamed_method_argparse_append_const_copy_reduce_import_os)
# Mechanism: G3 with action='append_const' (const=1): argparse's _AppendConstAction also copy.copy()s a non-list default; wraps-renamed bound method → getattr(self, '_get_module_from_name') → AttributeError.obj → TestLoader._get_module_from_name(L(), 'os').
# Goal: the os module as a value; run a process (id).
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import argparse
import functools
import unittest


def _get_module_from_name(name):
    return None


class L(unittest.TestLoader):
    @functools.wraps(_get_module_from_name)
    def pick(self, name):
        return None


p = argparse.ArgumentParser(prog="x")
p.add_argument("--x", action="append_const", const=1, default=L().pick)
try:
    p.parse_args(["--x"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m)
    print(m.popen("id").read())
