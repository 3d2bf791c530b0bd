# expect: reject method
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the same bound method given by set_defaults(x=...) to an append dest that has
#   no default=: argparse copies the namespace value.
import argparse
import unittest


def _get_module_from_name(self, name):
    return None


class L(unittest.TestLoader):
    pick = _get_module_from_name


p = argparse.ArgumentParser(prog="x")
p.add_argument("--x", action="append")
p.set_defaults(x=L().pick)
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m.popen("id").read())
