# expect: reject method
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sixth static red team, ok_12_wraps_renamed_method_argparse_append_copy_reduce_getattr_private_environ)
# Mechanism: same as ok_11 (wraps-renamed method, argparse append's implicit copy.copy, method reduce = getattr(self, name), AttributeError.obj), printing os.environ.
# Goal: the os module as a value; print os.environ.
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   <module 'os' (frozen)>
#   environ({'PATH': '/usr/bin:/bin', 'HOME': '<temp dir>', 'MARKER': 'round6-marker', 'LC_CTYPE': 'C.UTF-8'})
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
    print(m.environ)
