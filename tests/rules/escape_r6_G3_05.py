# expect: reject method
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: class-body alias `pick = _get_module_from_name` (a module-level def, no wraps):
#   the bound method copied by argparse append is getattr(self, "_get_module_from_name").
#   Closed at the copy: default= of a copying action is a literal, display or None.
import argparse
import unittest


def _get_module_from_name(self, name):
    return None


class L(unittest.TestLoader):
    pick = _get_module_from_name


p = argparse.ArgumentParser(prog="x")
p.add_argument("--x", action="append", default=L().pick)
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m.popen("id").read())
