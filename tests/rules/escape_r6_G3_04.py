# expect: reject method
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sixth static red team, ok_14_wraps_renamed_method_argparse_extend_copy_reduce_import_os)
# Mechanism: G3 with action='extend' (nargs='+'): argparse's _ExtendAction copy.copy()s the default too; the rest as ok_11 (items.extend fails, AttributeError.obj is TestLoader._get_module_from_name).
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
p.add_argument("--x", action="extend", nargs="+", default=L().pick)
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m)
    print(m.popen("id").read())
